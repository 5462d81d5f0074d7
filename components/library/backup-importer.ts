import type { Clipping } from '@/utils/db/clipping';
import { importClippings, type ImportResult } from '@/utils/db/import-clippings';
import type { TrichBaoDb } from '@/utils/db/trich-bao-db';
import type { UserHighlight } from '@/utils/db/user-highlight';
import { describeError } from '@/utils/describe-error';
import type { BackupProblem } from '@/utils/export/read-clippings-backup';
import { planImport } from './plan-import';

/** An error message in both UI languages (a worker cannot hand over the error object itself). */
export type BilingualText = { vi: string; en: string };

/** What a backup file would change, or every problem that stops it (nothing changes then). */
export type BackupPlan = { ok: true; counts: ImportResult } | { ok: false; problems: BackupProblem[] };

/** Reads a backup, says what importing it would do, then imports it on confirmation. */
export interface BackupImporter {
  /** Reads and checks the file and counts the changes (a dry run); rejects with {@link ImportFailure}. */
  plan(file: Blob): Promise<BackupPlan>;
  /** Imports the file last planned, in one transaction; rejects with {@link ImportFailure}. */
  commit(onProgress: (done: number, total: number) => void): Promise<ImportResult>;
  /** Frees what the importer holds (the worker, the parsed records). */
  dispose(): void;
}

/** A failed read or import, with the reader's message in Vietnamese and English. */
export class ImportFailure extends Error {
  constructor(readonly text: BilingualText) {
    super(text.en);
    this.name = 'ImportFailure';
  }
}

/** The failure's message in both languages (a full disk, a private window… or the error's own words). */
export function bilingual(error: unknown): BilingualText {
  return { vi: describeError(error, 'vi'), en: describeError(error, 'en') };
}

/**
 * The importer that works on this thread, against `db`: used where no worker can run (tests
 * with their own database) and by the worker itself. Backup records are checked in time slices.
 */
export function inThreadImporter(db: TrichBaoDb): BackupImporter {
  let planned: { clippings: Clipping[]; userHighlights: UserHighlight[] } | null = null;
  const failing = <T>(work: () => Promise<T>) => work().catch((error: unknown) => {
    throw error instanceof ImportFailure ? error : new ImportFailure(bilingual(error));
  });
  return {
    plan: (file) => failing(async () => {
      planned = null;
      const plan = await planImport(db, await file.text());
      if (!plan.ok) return plan;
      planned = { clippings: plan.clippings, userHighlights: plan.userHighlights };
      return { ok: true, counts: plan.counts };
    }),
    commit: (onProgress) => failing(async () => {
      if (!planned) throw new Error('No backup has been read');
      const { clippings, userHighlights } = planned;
      const result = await importClippings(db, clippings, { userHighlights, onProgress });
      planned = null;
      return result;
    }),
    dispose() {
      planned = null;
    },
  };
}
