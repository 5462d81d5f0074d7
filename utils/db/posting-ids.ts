import type { SearchPending } from './search-changes';
import { postingRange } from './search-postings';
import type { TrichBaoDb } from './trich-bao-db';

/**
 * Ids of the clippings holding a token that starts with any of `prefixes` (or equals one,
 * when `whole`): one primary-key range read of posting rows per prefix, their typed arrays
 * unioned, plus the pending clippings (read once per query by the caller) that hold one.
 * Call inside a transaction that includes `searchPostings` (and `searchPending` for the other two).
 */
export async function postingIds(db: TrichBaoDb, prefixes: readonly string[], whole = false, pending: readonly SearchPending[] = []): Promise<Set<number>> {
  const lists = await Promise.all(
    prefixes.map((p) => {
      const [lower, upper] = postingRange(p, whole);
      return db.searchPostings.where(':id').between(lower, upper, true, true).toArray();
    }),
  );
  const ids = new Set<number>();
  for (const rows of lists) for (const row of rows) for (const id of row.ids) ids.add(id);
  const matches = whole ? (t: string) => prefixes.includes(t) : (t: string) => prefixes.some((p) => t.startsWith(p));
  for (const p of pending) if (p.tokens.some(matches)) ids.add(p.clippingId);
  return ids;
}

/** Ids of the clippings having a facet entry: its posting rows and the pending clippings' `*facets` index (their rows are not read). */
export async function facetIds(db: TrichBaoDb, facet: string): Promise<Set<number>> {
  const [ids, pending] = await Promise.all([postingIds(db, [facet], true), db.searchPending.where('facets').equals(facet).primaryKeys()]);
  for (const id of pending) ids.add(id);
  return ids;
}

/** How many clippings have a facet entry: the lengths of its few posting rows plus a count on the pending clippings' index. */
export async function postingCount(db: TrichBaoDb, facet: string): Promise<number> {
  const [lower, upper] = postingRange(facet, true);
  // One getAll rather than a cursor: the rows are few and small.
  const [rows, pending] = await Promise.all([
    db.searchPostings.where(':id').between(lower, upper, true, true).toArray(),
    db.searchPending.where('facets').equals(facet).count(),
  ]);
  return rows.reduce((n, row) => n + row.ids.length, 0) + pending;
}
