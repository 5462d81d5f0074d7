import type { Clipping } from '../db/clipping';
import { documentDisplayId } from './document-display-id';
import type { FrontMatterValue } from './front-matter';

/**
 * What the exporters need of a clipping, so the CLI can export one that was never stored.
 * `clippedAt` is ms since the epoch (as stored) or a date string, written as given.
 */
export type ClippingLike = Pick<
  Clipping,
  'title' | 'url' | 'canonicalUrl' | 'site' | 'author' | 'published' | 'markdown' | 'officials' | 'documents'
> & {
  id?: number;
  note?: string;
  tags?: readonly string[];
  clippedAt: number | string;
};

/** A time as ISO 8601: ms since the epoch are converted (UTC), strings are kept as given. */
export function isoTime(time: number | string): string {
  if (typeof time === 'string') return time;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? String(time) : date.toISOString();
}

/** The metadata fields of a clipping, in the order the Markdown front matter lists them. */
export function clippingFields(c: ClippingLike): Array<readonly [string, FrontMatterValue]> {
  return [
    ['title', c.title],
    ['url', c.url],
    ['canonical', c.canonicalUrl],
    ['site', c.site],
    ['author', c.author],
    ['published', c.published],
    ['clipped', isoTime(c.clippedAt)],
    ['tags', c.tags ?? []],
    ['officials', c.officials.map((o) => o.name)],
    ['documents', c.documents.map(documentDisplayId)],
  ];
}
