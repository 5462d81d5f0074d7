/** What the index said about one query word: which rows match it folded, exactly accented, in a head field. */
export interface TokenHits {
  match: ReadonlySet<number>;
  exact: ReadonlySet<number> | null;
  head: ReadonlySet<number>;
}

/** Weight of an exact (accented) match of one word: above any number of head-field bonuses of fewer exact words. */
const EXACT_WEIGHT = 16;
const HEAD_WEIGHT = 1;

/**
 * Ids of rows matching every query word (folded), best first: more words matched with their
 * exact accents, then more words in a head field, then newer rows (higher id) first.
 * `within` restricts the result to rows passing the other filters.
 */
export function rankHits(hits: readonly TokenHits[], within: ReadonlySet<number> | null = null): number[] {
  if (hits.length === 0) return [];
  // Intersect from the smallest set: fewest membership tests.
  const sorted = [...hits].sort((a, b) => a.match.size - b.match.size);
  const scored: { id: number; score: number }[] = [];
  for (const id of sorted[0]!.match) {
    if (within !== null && !within.has(id)) continue;
    if (!sorted.every((h) => h.match.has(id))) continue;
    let score = 0;
    for (const h of hits) {
      if (h.exact?.has(id)) score += EXACT_WEIGHT;
      if (h.head.has(id)) score += HEAD_WEIGHT;
    }
    scored.push({ id, score });
  }
  return scored.sort((a, b) => b.score - a.score || b.id - a.id).map((s) => s.id);
}
