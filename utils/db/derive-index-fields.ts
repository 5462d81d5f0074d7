import { foldToken } from '../search/fold-token';
import { searchTokens } from '../search/search-tokens';
import type { Clipping, ClippingIndexFields } from './clipping';
import { facetTokens } from './facet-token';
import { orderKeys } from './order-keys';

/** Publication time in ms, or 0 for a missing or unparsable date (sorts last, outside date filters). */
export function publishedTime(published: string | null | undefined): number {
  if (typeof published !== 'string' || published === '') return 0;
  const time = Date.parse(published);
  return Number.isNaN(time) ? 0 : time;
}

/** The derived index fields of a clipping (search tokens, publication time, sortable title, order keys). */
export function deriveIndexFields(c: Clipping): ClippingIndexFields {
  const officials = c.officials ?? [];
  const documents = c.documents ?? [];
  const head = [c.title ?? '', c.author ?? '', ...(c.tags ?? []), ...officials.map((o) => o.name), ...documents.map((d) => d.surface)];
  const body = [c.site ?? '', c.note ?? '', ...officials.flatMap((o) => o.titles ?? []), c.text ?? ''];
  const publishedAt = publishedTime(c.published);
  const sortTitle = foldToken((c.title ?? '').trim()).slice(0, 200);
  return {
    // Facet entries ride along, so the search postings answer filters and their counts too.
    searchTokens: [...searchTokens({ head, body }), ...facetTokens(c)],
    publishedAt,
    sortTitle,
    orderKeys: orderKeys({ site: c.site, tags: c.tags ?? [], entityKeys: c.entityKeys ?? [], clippedAt: c.clippedAt, publishedAt, sortTitle }),
  };
}
