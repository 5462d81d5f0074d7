import { foldToken } from '../search/fold-token';
import { searchTokens } from '../search/search-tokens';
import type { Clipping, ClippingIndexFields } from './clipping';

/** Publication time in ms, or 0 for a missing or unparsable date (sorts last, outside date filters). */
export function publishedTime(published: string | null | undefined): number {
  if (typeof published !== 'string' || published === '') return 0;
  const time = Date.parse(published);
  return Number.isNaN(time) ? 0 : time;
}

/** The version 2 index fields of a clipping (search tokens, publication time, sortable title). */
export function deriveIndexFields(c: Clipping): ClippingIndexFields {
  const officials = c.officials ?? [];
  const documents = c.documents ?? [];
  const head = [c.title ?? '', c.author ?? '', ...(c.tags ?? []), ...officials.map((o) => o.name), ...documents.map((d) => d.surface)];
  const body = [c.site ?? '', c.note ?? '', ...officials.flatMap((o) => o.titles ?? []), c.text ?? ''];
  return {
    searchTokens: searchTokens({ head, body }),
    publishedAt: publishedTime(c.published),
    sortTitle: foldToken((c.title ?? '').trim()).slice(0, 200),
  };
}
