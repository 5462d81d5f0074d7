import { firstMeta } from './read-meta';
import type { JsonLdNode } from './read-json-ld';
import { foldedText } from './prose';

const SEPARATOR = /\s+(?:[|\-–—»·]|::)\s+/g;

/** Drops a trailing " - Site" / " | Site" part when it names the site, or when it is short and the rest is long. */
export function stripSiteSuffix(title: string, site: string | null, onlySiteName = false): string {
  const parts = title.split(SEPARATOR);
  const separators = title.match(SEPARATOR) ?? [];
  if (parts.length < 2 || separators.length === 0) return title;
  const last = parts[parts.length - 1]!.trim();
  const rest = title.slice(0, title.lastIndexOf(separators[separators.length - 1]!)).trim();
  // Compared without case, spaces or diacritics, so "Báo Lạng Sơn" names the host baolangson.vn.
  const norm = (s: string) =>
    s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/^www\./, '').replace(/[\s.]+/g, '');
  const same = site !== null && norm(last).length >= 2 && norm(last) === norm(site);
  const namesSite = same || (!onlySiteName && site !== null && norm(last).length >= 2 && (norm(site).includes(norm(last)) || norm(last).includes(norm(site))));
  const shortTail = !onlySiteName && last.split(/\s+/).length <= 3 && rest.split(/\s+/).length >= 4;
  return namesSite || shortTail ? stripSiteSuffix(rest, site, onlySiteName) : title;
}

function fold(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** Share of `candidate`'s words that also occur in `reference`. */
function overlap(candidate: string, reference: string): number {
  const ref = words(reference);
  const own = Array.from(words(candidate));
  return own.length ? own.filter((w) => ref.has(w)).length / own.length : 0;
}

/** JSON-LD `headline`, or `name` when only it agrees with the page title (some sites put a summary in `headline`). */
function jsonLdTitle(article: JsonLdNode | null, pageTitle: string): string | null {
  const headline = fold(typeof article?.['headline'] === 'string' ? article['headline'] : null);
  const name = fold(typeof article?.['name'] === 'string' ? article['name'] : null);
  if (headline && name && headline !== name && overlap(headline, pageTitle) < 0.5 && overlap(name, pageTitle) > overlap(headline, pageTitle)) return name;
  return headline ?? name;
}

/** `<title>` without its site suffix, or the page's one h1 when the title is missing, tiny or overlong. */
function documentTitle(doc: Document, site: string | null): string {
  const title = stripSiteSuffix(fold(doc.title) ?? '', site);
  const h1s = Array.from(doc.getElementsByTagName('h1')).map(foldedText).filter(Boolean);
  // Readability's rule: a tiny or overlong title gives way to the page's only h1.
  if (h1s.length === 1 && h1s[0]!.split(' ').length > 4 && (title.length < 15 || title.length > 150)) return h1s[0]!;
  return title || (h1s[0] ?? '');
}

/** The headline: JSON-LD headline, DC/Open Graph/Twitter titles as declared, then `<title>` without the site suffix (or the h1). */
export function extractTitle(doc: Document, article: JsonLdNode | null, meta: Map<string, string>, site: string | null): string {
  const fromJsonLd = jsonLdTitle(article, fold(doc.title) ?? '');
  if (fromJsonLd) return fromJsonLd;
  const fromMeta = fold(firstMeta(meta, ['dc:title', 'dcterm:title', 'dcterms:title', 'dc.title', 'og:title', 'twitter:title', 'title', 'parsely-title']));
  // Declared titles keep what the publisher wrote (as Readability does) except a trailing
  // outlet name ("… - Báo Sông Xanh"); the document <title> also loses other short suffixes.
  if (fromMeta) return stripSiteSuffix(fromMeta, site, true);
  return documentTitle(doc, site);
}
