import { applyEntityDelta } from './apply-entity-delta';
import type { Clipping, ClippingSummary, NewClipping, StoredClipping } from './clipping';
import { deriveIndexFields } from './derive-index-fields';
import { entityKeys } from './entity-keys';
import { normalizeTags } from './normalize-tags';
import { applySearchChanges, flushSearchPendingIfFull } from './search-changes';
import { StorageError, withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';
import { splitBody } from './with-bodies';

function isConstraintError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'ConstraintError';
}

/** Builds the row to store: a new one, or the stored one refreshed with the new article fields. */
function mergeClipping(input: NewClipping, existing: ClippingSummary | undefined, now: number): Clipping {
  // Fields are copied one by one so that stray properties (an id, UI state) never reach the store.
  const row: Clipping = {
    url: input.url,
    canonicalUrl: input.canonicalUrl,
    title: input.title,
    author: input.author,
    published: input.published,
    site: input.site,
    lang: input.lang,
    markdown: input.markdown,
    text: input.text,
    officials: input.officials,
    documents: input.documents,
    entityKeys: entityKeys(input),
    note: input.note ?? existing?.note ?? '',
    tags: input.tags === undefined ? (existing?.tags ?? []) : normalizeTags(input.tags),
    clippedAt: existing?.clippedAt ?? now,
    updatedAt: now,
  };
  if (existing?.id !== undefined) row.id = existing.id;
  return row;
}

/**
 * One read-then-write transaction over the clippings, their bodies, the entity index and the search postings: IndexedDB runs
 * read-write transactions on a store one at a time, so racing saves queue up and counts stay right.
 */
async function upsert(db: TrichBaoDb, input: NewClipping, now: number): Promise<StoredClipping> {
  return db.transaction('rw', [db.clippings, db.clippingBodies, db.entities, db.searchPostings, db.searchPending], async () => {
    const existing = await db.clippings.where('canonicalUrl').equals(input.canonicalUrl).first();
    const merged = mergeClipping(input, existing, now);
    const stored: StoredClipping = { ...merged, ...deriveIndexFields(merged) };
    const { row, body } = splitBody(stored);
    // The tokens the postings hold for this row come from its stored body.
    const before = existing ? (await db.clippingBodies.get(existing.id!))?.searchTokens : undefined;
    const id = (await db.clippings.put(row)) as number;
    await db.clippingBodies.put({ clippingId: id, ...body });
    await applyEntityDelta(db, existing, row);
    await applySearchChanges(db, [[id, before, body.searchTokens]], 'pending');
    return { ...stored, id };
  });
}

/**
 * Saves an article; clipping the same canonical URL again updates that row (same id and
 * clippedAt, note and tags kept unless given) instead of adding a duplicate.
 */
export async function saveClipping(db: TrichBaoDb = defaultDb, input: NewClipping, now: number = Date.now()): Promise<StoredClipping> {
  if (typeof input.canonicalUrl !== 'string' || input.canonicalUrl === '') {
    throw new StorageError('invalid', { cause: new TypeError('canonicalUrl must be a non-empty string') });
  }
  const saved = await withStorageErrors(async () => {
    try {
      return await upsert(db, input, now);
    } catch (error) {
      // Only reachable if another connection (another tab, older code) inserted the same
      // canonical URL between our read and write: the unique index refused, so update it.
      if (!isConstraintError(error)) throw error;
      return upsert(db, input, now);
    }
  });
  // Off the save's path: merging a batch of new clippings into the search postings is many
  // requests. If it fails (disk full, closed worker) the tokens stay pending, still searchable.
  void flushSearchPendingIfFull(db).catch(() => undefined);
  return saved;
}
