import type { Clipping } from '@/utils/db/clipping';
import { importClippings, type ImportResult } from '@/utils/db/import-clippings';
import type { TrichBaoDb } from '@/utils/db/trich-bao-db';
import type { UserHighlight } from '@/utils/db/user-highlight';
import { type BackupProblem, readClippingsBackupInSlices } from '@/utils/export/read-clippings-backup';
import type { SliceOptions } from '@/utils/export/map-in-slices';

/** What importing a backup file would do, or why it cannot be imported (then nothing is changed). */
export type ImportPlan =
  | { ok: false; problems: BackupProblem[] }
  | { ok: true; clippings: Clipping[]; userHighlights: UserHighlight[]; counts: ImportResult };

/**
 * Reads a backup's text and, when every record is good, counts what an import would add,
 * update and leave unchanged (a dry run: nothing is written). The records are checked in
 * time slices (`slicing`: progress, cancel, how to yield) so a large file does not freeze the page.
 */
export async function planImport(db: TrichBaoDb, text: string, slicing: SliceOptions = {}): Promise<ImportPlan> {
  const read = await readClippingsBackupInSlices(text, slicing);
  if (!read.ok) return read;
  const counts = await importClippings(db, read.clippings, { dryRun: true, userHighlights: read.userHighlights });
  return { ok: true, clippings: read.clippings, userHighlights: read.userHighlights, counts };
}
