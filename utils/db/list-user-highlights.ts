import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';
import type { UserHighlight } from './user-highlight';

/** The highlights of one page (by canonical URL), oldest first, through the `pageKey` index. */
export async function listUserHighlights(db: TrichBaoDb = defaultDb, pageKey: string): Promise<UserHighlight[]> {
  return withStorageErrors(async () => {
    const rows = await db.userHighlights.where('pageKey').equals(pageKey).toArray();
    return rows.sort((a, b) => a.createdAt - b.createdAt || (a.id ?? 0) - (b.id ?? 0));
  });
}
