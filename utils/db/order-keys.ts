import type { LibrarySort } from './library-query';

/** One facet a library view can be narrowed to: a site, a tag or an entity key. */
export type OrderFacet = { site: string } | { tag: string } | { entityKey: string };

/** What a row's order keys are made of. */
export interface OrderKeySource {
  site: string;
  tags: readonly string[];
  entityKeys: readonly string[];
  clippedAt: number;
  publishedAt: number;
  sortTitle: string;
}

// Separates the facet from the sort part; below every character tokens, sites or keys use.
const SEP = '\u0001';
// Index keys compare as strings: times are written as fixed-width base-36 digits of (MAX - t),
// so a forward read of the index is newest first and needs no reverse cursor. Entries are
// kept short because they live in every row, and rows are what a page reads.
const MAX_TIME = 36 ** 9 - 1;
const TITLE_CHARS = 32;
const SORT_CODE: Record<LibrarySort, string> = { clipped: 'c', published: 'p', title: 't' };

const newestFirst = (t: number) => (MAX_TIME - Math.min(MAX_TIME, Math.max(0, Math.floor(t)))).toString(36).padStart(9, '0');

/** The prefix of a facet's entries (site, tag and entity keys never collide: each has its own letter). */
function facetPrefix(facet: OrderFacet): string {
  if ('site' in facet) return `s:${facet.site}${SEP}`;
  if ('tag' in facet) return `g:${facet.tag}${SEP}`;
  return `e:${facet.entityKey}${SEP}`;
}

/**
 * Entries of the `*orderKeys` index: for each facet of the row (its site, each tag, each
 * entity) and each library sort, one string that sorts like that sort. A filtered page is
 * then one forward range read of at most offset + limit keys, like `[site+clippedAt]` would
 * be, which IndexedDB cannot offer for multi-valued fields such as tags and entities.
 */
export function orderKeys(row: OrderKeySource): string[] {
  const facets: OrderFacet[] = [{ site: row.site ?? '' }, ...(row.tags ?? []).map((tag) => ({ tag })), ...(row.entityKeys ?? []).map((entityKey) => ({ entityKey }))];
  const clipped = newestFirst(row.clippedAt);
  // Undated rows (publishedAt 0) come last; ties on the day by newest clip, as the timeline shows them.
  const published = newestFirst(row.publishedAt) + clipped;
  const title = (row.sortTitle ?? '').slice(0, TITLE_CHARS);
  const keys = new Set<string>();
  for (const facet of facets) {
    const p = facetPrefix(facet);
    keys.add(`${p}c${clipped}`);
    keys.add(`${p}p${published}`);
    keys.add(`${p}t${title}`);
  }
  return [...keys];
}

/** Bounds of a facet's entries in one sort, for `where('orderKeys').between(lower, upper, true, true)`. */
export function orderKeyRange(facet: OrderFacet, sort: LibrarySort): [lower: string, upper: string] {
  const start = facetPrefix(facet) + SORT_CODE[sort];
  return [start, start + '\uffff'];
}
