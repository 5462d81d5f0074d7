import type { OrderFacet } from './order-keys';

// No query word can start with this control character, so facet entries never match a search.
const FACET_MARK = '\u0002';

/**
 * The search-index entry standing for "this clipping has this site, tag or entity": with it
 * in the posting rows, a filter's ids and its count come from a few typed arrays.
 */
export function facetToken(facet: OrderFacet): string {
  if ('site' in facet) return `${FACET_MARK}s:${facet.site}`;
  if ('tag' in facet) return `${FACET_MARK}g:${facet.tag}`;
  return `${FACET_MARK}e:${facet.entityKey}`;
}

/** True for a facet entry (never a search word). */
export function isFacetToken(token: string): boolean {
  return token.startsWith(FACET_MARK);
}

/** Facet entries of a clipping: its site, each tag, each entity key. */
export function facetTokens(c: { site?: string; tags?: readonly string[]; entityKeys?: readonly string[] }): string[] {
  return [
    facetToken({ site: c.site ?? '' }),
    ...(c.tags ?? []).map((tag) => facetToken({ tag })),
    ...(c.entityKeys ?? []).map((entityKey) => facetToken({ entityKey })),
  ];
}
