import { firstMeta } from './read-meta';
import type { JsonLdNode } from './read-json-ld';
import { parseDate } from './parse-date';
import { parseVietnameseDate } from './parse-vietnamese-date';
import { foldedText } from './prose';
import { isInPageChrome } from './page-chrome';

const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'date',
];

/** How far up from the headline to look for its date line. */
const HEADLINE_LEVELS = 4;
/** A date line is short; longer text is body prose that may cite other dates. */
const MAX_DATE_LINE = 80;

/** The date line closest to the headline, skipping site furniture (a header's "today" is not the story's date). */
function dateNearHeadline(doc: Document, headline: Element, offset: string | null): string | null {
  const all = Array.from(doc.getElementsByTagName('*'));
  const order = new Map(all.map((el, i) => [el, i]));
  const at = order.get(headline) ?? 0;
  let scope: Element | null = headline.parentElement;
  for (let level = 0; scope && level < HEADLINE_LEVELS; level++, scope = scope.parentElement) {
    let best: { distance: number; date: string } | null = null;
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      // Cheapest tests first: this runs over every element near the headline.
      if ((el.textContent?.length ?? 0) > MAX_DATE_LINE * 4 || el === headline || headline.contains(el)) continue;
      const text = foldedText(el);
      if (text.length < 6 || text.length > MAX_DATE_LINE) continue;
      const date = parseVietnameseDate(el.getAttribute('datetime') ?? text, offset ?? '');
      if (!date || isInPageChrome(el, headline)) continue;
      const distance = Math.abs((order.get(el) ?? 0) - at);
      if (!best || distance < best.distance) best = { distance, date };
    }
    if (best) return best.date;
  }
  return null;
}

/**
 * Publication date as ISO 8601: JSON-LD datePublished, meta tags, itemprop/`<time>` elements, then a date
 * line next to the headline. `offset` is assumed when the page gives no zone (+07:00 on Vietnamese pages).
 */
export function extractPublished(doc: Document, article: JsonLdNode | null, meta: Map<string, string>, offset: string | null): string | null {
  const declared = [article?.['datePublished'], article?.['dateCreated'], firstMeta(meta, META_KEYS)];
  for (const value of declared) {
    const date = typeof value === 'string' ? parseDate(value, offset) : null;
    if (date) return date;
  }
  const headline = doc.querySelector('h1');
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="datePublished"], time[datetime], time[pubdate]'))) {
    if (isInPageChrome(el, headline)) continue;
    const date = parseDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? foldedText(el), offset);
    if (date) return date;
  }
  return headline ? dateNearHeadline(doc, headline, offset) : null;
}
