import type { StoredClipping } from './clipping';
import { deriveIndexFields } from './derive-index-fields';
import { normalizeTags } from './normalize-tags';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** Applies reader edits to one row and refreshes its search tokens (note and tags are searchable), in one transaction. */
async function edit(db: TrichBaoDb, id: number, changes: Partial<Pick<StoredClipping, 'note' | 'tags'>>, now: number): Promise<boolean> {
  return withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      const row = await db.clippings.get(id);
      if (!row) return false;
      const next = { ...row, ...changes, updatedAt: now };
      await db.clippings.put({ ...next, ...deriveIndexFields(next) });
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
