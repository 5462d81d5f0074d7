import type { StoredClipping } from './clipping';
import { deriveIndexFields } from './derive-index-fields';
import { normalizeTags } from './normalize-tags';
import { applySearchChanges } from './search-changes';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';
import { splitBody, withBodies } from './with-bodies';

/** Applies reader edits to one row and refreshes its search tokens (note and tags are searchable), in one transaction. */
async function edit(db: TrichBaoDb, id: number, changes: Partial<Pick<StoredClipping, 'note' | 'tags'>>, now: number): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', [db.clippings, db.clippingBodies, db.searchPostings, db.searchPending], async () => {
      const row = await db.clippings.get(id);
      if (!row) return false;
      // The search tokens cover the body too, so it is read to recompute them; the body row keeps the new tokens.
      const [full] = await withBodies(db, [row]);
      const next = { ...full!, ...changes, updatedAt: now };
      const { row: updated, body } = splitBody({ ...next, ...deriveIndexFields(next) });
      await db.clippings.put(updated);
      await db.clippingBodies.put({ clippingId: id, ...body });
      await applySearchChanges(db, [[id, full!.searchTokens, body.searchTokens]]);
      return true;
    }),
  );
}

/** Replaces the reader's note; resolves to false when there was no such id. */
export async function updateClippingNote(db: TrichBaoDb = defaultDb, id: number, note: string, now: number = Date.now()): Promise<boolean> {
  return edit(db, id, { note }, now);
}

/** Replaces the tags (trimmed, deduplicated); resolves to false when there was no such id. */
export async function updateClippingTags(db: TrichBaoDb = defaultDb, id: number, tags: readonly string[], now: number = Date.now()): Promise<boolean> {
  return edit(db, id, { tags: normalizeTags(tags) }, now);
}
