import type { SearchPending } from './search-changes';
import { postingRange } from './search-postings';
import type { TrichBaoDb } from './trich-bao-db';

/**
 * Ids of the clippings holding a token that starts with any of `prefixes` (or equals one,
 * when `whole`): one primary-key range read of posting rows per prefix, their typed arrays
 * unioned, plus the pending clippings (read once per query by the caller) that hold one.
 * Call inside a transaction that includes `searchPostings`.
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

/** How many clippings hold exactly `token` (e.g. a facet entry): the lengths of its few posting rows and the pending ones holding it. */
export async function postingCount(db: TrichBaoDb, token: string, pending: readonly SearchPending[] = []): Promise<number> {
  const [lower, upper] = postingRange(token, true);
  // One getAll rather than a cursor: the rows are few and small.
  const rows = await db.searchPostings.where(':id').between(lower, upper, true, true).toArray();
  return rows.reduce((n, row) => n + row.ids.length, 0) + pending.filter((p) => p.tokens.includes(token)).length;
}
