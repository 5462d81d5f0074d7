import { postingRange } from './search-postings';
import type { TrichBaoDb } from './trich-bao-db';

/**
 * Ids of the clippings holding a token that starts with any of `prefixes` (or equals one,
 * when `whole`): one primary-key range read of posting rows per prefix, their typed arrays
 * unioned. Call inside a transaction that includes `searchPostings`.
 */
export async function postingIds(db: TrichBaoDb, prefixes: readonly string[], whole = false): Promise<Set<number>> {
  const lists = await Promise.all(
    prefixes.map((p) => {
      const [lower, upper] = postingRange(p, whole);
      return db.searchPostings.where(':id').between(lower, upper, true, true).toArray();
    }),
  );
  const ids = new Set<number>();
  for (const rows of lists) for (const row of rows) for (const id of row.ids) ids.add(id);
  return ids;
}

/** How many clippings hold exactly `token` (e.g. a facet entry): the lengths of its few posting rows, no ids cloned one by one. */
export async function postingCount(db: TrichBaoDb, token: string): Promise<number> {
  const [lower, upper] = postingRange(token, true);
  // One getAll rather than a cursor: the rows are few and small.
  const rows = await db.searchPostings.where(':id').between(lower, upper, true, true).toArray();
  return rows.reduce((n, row) => n + row.ids.length, 0);
}
