import { isFacetToken } from './facet-token';
import { applySearchDeltas, type SearchChange } from './search-postings';
import type { TrichBaoDb } from './trich-bao-db';

/**
 * One clipping whose search tokens are not in the posting rows yet (version 5 on): a new
 * clipping costs one write here instead of one read and one write per token; searches read
 * these few rows as well, and {@link flushSearchPending} merges them in batches.
 */
export interface SearchPending {
  clippingId: number;
  tokens: string[];
  /** The facet entries among `tokens`, indexed (`*facets`) so filters and counts never read these rows. */
  facets: string[];
}

/** The pending row of a clipping's tokens. */
function pendingRow(clippingId: number, tokens: readonly string[]): SearchPending {
  return { clippingId, tokens: [...tokens], facets: tokens.filter(isFacetToken) };
}

/** Pending clippings beyond which a save asks for a merge into the posting rows. */
export const PENDING_MAX = 32;

/**
 * Applies clippings' token changes where their tokens live: a clipping still pending is
 * rewritten or dropped there; a stored one changes its posting rows (only the tokens that
 * changed); a new one (no `before`) goes to `fresh`: pending for a single save, the postings
 * for bulk writes such as an import. Call inside the writer's read-write transaction, which
 * must include `searchPostings` and `searchPending`.
 */
export async function applySearchChanges(db: TrichBaoDb, changes: readonly SearchChange[], fresh: 'pending' | 'postings' = 'postings'): Promise<void> {
  if (changes.length === 0) return;
  const ids = changes.map(([id]) => id);
  const stored = await db.searchPending.bulkGet(ids);
  const pendingIds = new Set(ids.filter((_, i) => stored[i] !== undefined));
  const puts: SearchPending[] = [];
  const deletes: number[] = [];
  const postings: SearchChange[] = [];
  for (const change of changes) {
    const [id, before, after] = change;
    if (pendingIds.has(id) || (before === undefined && fresh === 'pending')) {
      if (after) puts.push(pendingRow(id, after));
      else deletes.push(id);
    } else {
      postings.push(change);
    }
  }
  if (deletes.length > 0) await db.searchPending.bulkDelete(deletes);
  if (puts.length > 0) await db.searchPending.bulkPut(puts);
  await applySearchDeltas(db, postings);
}

/** Merges every pending clipping into the posting rows, in one transaction of its own (all or nothing). */
export async function flushSearchPending(db: TrichBaoDb): Promise<number> {
  return db.transaction('rw', [db.searchPostings, db.searchPending], async () => {
    const pending = await db.searchPending.toArray();
    await applySearchDeltas(db, pending.map((p): SearchChange => [p.clippingId, undefined, p.tokens]));
    await db.searchPending.bulkDelete(pending.map((p) => p.clippingId));
    return pending.length;
  });
}

/** Merges the pending clippings once there are {@link PENDING_MAX} of them; resolves to how many were merged (0: not yet). */
export async function flushSearchPendingIfFull(db: TrichBaoDb): Promise<number> {
  return (await db.searchPending.count()) >= PENDING_MAX ? flushSearchPending(db) : 0;
}
