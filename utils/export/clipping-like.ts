import type { Clipping } from '../db/clipping';
import { documentDisplayId } from './document-display-id';
import type { FrontMatterValue } from './front-matter';
import { wikiLink } from './wiki-link';

/** A passage the reader highlighted, with their note on it. */
export interface UserHighlightLike {
  /** The highlighted text, as on the page. */
  exact: string;
  note?: string;
}

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
  /** The reader's highlights, in reading order; exported as quotes with their notes. */
  userHighlights?: readonly UserHighlightLike[];
};

/** Options of the front matter. */
export interface FieldOptions {
  /** Officials and documents as `[[wiki links]]` for notes apps (Obsidian, Logseq). */
  wikiLinks?: boolean;
}

/** A time as ISO 8601: ms since the epoch are converted (UTC), strings are kept as given. */
export function isoTime(time: number | string): string {
  if (typeof time === 'string') return time;
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? String(time) : date.toISOString();
}

/** The metadata fields of a clipping, in the order the Markdown front matter lists them. */
export function clippingFields(c: ClippingLike, { wikiLinks = false }: FieldOptions = {}): Array<readonly [string, FrontMatterValue]> {
  const link = wikiLinks ? wikiLink : (text: string) => text;
  return [
    ['title', c.title],
    ['url', c.url],
    ['canonical', c.canonicalUrl],
    ['site', c.site],
    ['author', c.author],
    ['published', c.published],
    ['clipped', isoTime(c.clippedAt)],
    ['tags', c.tags ?? []],
    ['officials', c.officials.map((o) => link(o.name))],
    ['documents', c.documents.map((d) => link(documentDisplayId(d)))],
  ];
}
