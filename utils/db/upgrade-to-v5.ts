import type { Transaction } from 'dexie';
import type { ClippingBody, StoredClipping } from './clipping';
import { facetTokens } from './facet-token';
import { orderKeys } from './order-keys';
import { POSTING_BLOCK, postingKey, type SearchPosting } from './search-postings';

/**
 * Version 4 → 5, inside Dexie's upgrade transaction (all or nothing): each clipping gets its
 * `orderKeys`; its search tokens (plus facet entries for its site, tags and entities) move
 * from the row to its body row; the `searchPostings` table is built from them.
 */
export async function upgradeToV5(tx: Transaction): Promise<void> {
  const tokensById = new Map<number, string[]>();
  await tx
    .table<Partial<StoredClipping>, number>('clippings')
    .toCollection()
    .modify((row: Partial<StoredClipping>) => {
      // Rows of any earlier version have these fields; a missing one must not fail the upgrade.
      const site = row.site ?? '';
      const tags = row.tags ?? [];
      const entityKeys = row.entityKeys ?? [];
      row.orderKeys = orderKeys({ site, tags, entityKeys, clippedAt: row.clippedAt ?? 0, publishedAt: row.publishedAt ?? 0, sortTitle: row.sortTitle ?? '' });
      const words = Array.isArray(row.searchTokens) ? row.searchTokens : [];
      tokensById.set(row.id!, [...new Set([...words, ...facetTokens({ site, tags, entityKeys })])]);
      delete row.searchTokens;
    });
  const bodies = tx.table<Partial<ClippingBody>, number>('clippingBodies');
  const withBody = new Set<number>();
  await bodies.toCollection().modify((body: Partial<ClippingBody>) => {
    withBody.add(body.clippingId!);
    body.searchTokens = tokensById.get(body.clippingId!) ?? [];
  });
  // A row without a body (not written by any version, but cheap to cover) gets an empty one holding its tokens.
  const missing = [...tokensById.keys()].filter((id) => !withBody.has(id));
  if (missing.length > 0) await bodies.bulkAdd(missing.map((id) => ({ clippingId: id, markdown: '', text: '', searchTokens: tokensById.get(id)! })));

  const postings = new Map<string, number[]>();
  // Map iteration follows insertion, i.e. id order, so each list comes out sorted.
  for (const [id, tokens] of tokensById) {
    for (const token of tokens) {
      const key = postingKey(token, id);
      const ids = postings.get(key);
      if (ids) ids.push(id);
      else postings.set(key, [id]);
    }
  }
  const rows: SearchPosting[] = [...postings].map(([key, ids]) => ({ key, ids: Uint32Array.from(ids) }));
  const table = tx.table<SearchPosting, string>('searchPostings');
  for (let i = 0; i < rows.length; i += POSTING_BLOCK) await table.bulkAdd(rows.slice(i, i + POSTING_BLOCK));
}
