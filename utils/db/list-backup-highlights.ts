import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';
import type { UserHighlight } from './user-highlight';

/**
 * The highlights a JSON backup carries: every one (`pageKeys` omitted: also those of pages
 * never clipped, they are the reader's too), or those of the given pages, by id.
 */
export async function listBackupHighlights(db: TrichBaoDb = defaultDb, pageKeys?: readonly string[]): Promise<UserHighlight[]> {
  return withStorageErrors(async () => {
    if (pageKeys === undefined) return db.userHighlights.toArray();
    if (pageKeys.length === 0) return [];
    const rows = await db.userHighlights.where('pageKey').anyOf([...pageKeys]).toArray();
    return rows.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  });
}
