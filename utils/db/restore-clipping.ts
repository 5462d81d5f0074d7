import { applyEntityDelta } from './apply-entity-delta';
import type { Clipping, StoredClipping } from './clipping';
import { deriveIndexFields } from './derive-index-fields';
import { applySearchChanges } from './search-changes';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';
import { splitBody } from './with-bodies';

/**
 * Undoes a delete: puts the row back under its old id with its entity counts. Resolves to false,
 * changing nothing, when the article was clipped again meanwhile (the newer row wins).
 */
export async function restoreClipping(db: TrichBaoDb = defaultDb, clipping: Clipping): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.clippings, db.clippingBodies, db.entities, db.searchPostings, db.searchPending], async () => {
      const taken = await db.clippings.where('canonicalUrl').equals(clipping.canonicalUrl).first();
      if (taken) return false;
      const previous = clipping.id === undefined ? undefined : await db.clippings.get(clipping.id);
      const before = previous ? (await db.clippingBodies.get(previous.id!))?.searchTokens : undefined;
      const { row, body } = splitBody<StoredClipping>({ ...clipping, ...deriveIndexFields(clipping) });
      const id = (await db.clippings.put(row)) as number;
      await db.clippingBodies.put({ clippingId: id, ...body });
      await applyEntityDelta(db, previous, row);
      await applySearchChanges(db, [[id, before, body.searchTokens]], 'pending');
      return true;
    }),
  );
}
