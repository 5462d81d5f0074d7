import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** Deletes one clipping; resolves to false when there was no such id. */
export async function deleteClipping(db: TrichBaoDb = defaultDb, id: number): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      const count = await db.clippings.where('id').equals(id).count();
      if (count > 0) await db.clippings.delete(id);
      return count > 0;
    }),
  );
}
