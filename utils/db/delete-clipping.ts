import { applyEntityDelta } from './apply-entity-delta';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** Deletes one clipping, its body and its entity-index counts; resolves to false when there was no such id. */
export async function deleteClipping(db: TrichBaoDb = defaultDb, id: number): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.clippings, db.clippingBodies, db.entities], async () => {
      const existing = await db.clippings.get(id);
      if (!existing) return false;
      await db.clippings.delete(id);
      await db.clippingBodies.delete(id);
      await applyEntityDelta(db, existing, undefined);
      return true;
    }),
  );
}
