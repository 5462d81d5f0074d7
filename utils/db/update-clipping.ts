import { normalizeTags } from './normalize-tags';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** Replaces the reader's note; resolves to false when there was no such id. */
export async function updateClippingNote(db: TrichBaoDb = defaultDb, id: number, note: string, now: number = Date.now()): Promise<boolean> {
  return withStorageErrors(async () => (await db.clippings.update(id, { note, updatedAt: now })) > 0);
}

/** Replaces the tags (trimmed, deduplicated); resolves to false when there was no such id. */
export async function updateClippingTags(db: TrichBaoDb = defaultDb, id: number, tags: readonly string[], now: number = Date.now()): Promise<boolean> {
  return withStorageErrors(async () => (await db.clippings.update(id, { tags: normalizeTags(tags), updatedAt: now })) > 0);
}
