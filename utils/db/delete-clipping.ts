import { applyEntityDelta } from './apply-entity-delta';
import { applySearchChanges } from './search-changes';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** Deletes one clipping, its body, its entity-index counts and its search postings; resolves to false when there was no such id. */
export async function deleteClipping(db: TrichBaoDb = defaultDb, id: number): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.clippings, db.clippingBodies, db.entities, db.searchPostings, db.searchPending], async () => {
      const existing = await db.clippings.get(id);
      if (!existing) return false;
      const body = await db.clippingBodies.get(id);
      await db.clippings.delete(id);
      await db.clippingBodies.delete(id);
      await applyEntityDelta(db, existing, undefined);
      await applySearchChanges(db, [[id, body?.searchTokens, undefined]]);
      return true;
    }),
  );
}
