import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** Deletes one highlight at the reader's request (orphans are never deleted otherwise). */
export async function deleteUserHighlight(db: TrichBaoDb = defaultDb, id: number): Promise<void> {
  await withStorageErrors(() => db.userHighlights.delete(id));
}
