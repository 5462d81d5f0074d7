import { cleanAuthor } from './clean-author';
import { parseDate } from './parse-date';
import { firstMeta } from './read-meta';
import { jsonLdNames, type JsonLdNode } from './read-json-ld';
import { foldedText } from './prose';
import { isInPageChrome } from './page-chrome';

const BYLINE_SELECTOR =
  '[rel~="author"], [itemprop~="author"], [class*="byline" i], [id*="byline" i], [class*="author" i], [id*="author" i], [class*="writtenby" i], [class*="dateline" i]';

/** The name an in-page byline element gives (its itemprop=name child when it has one). */
function bylineText(el: Element): string | null {
  const name = el.querySelector('[itemprop~="name"]');
  const text = foldedText(name ?? el);
  return text.length > 0 && text.length < 100 ? text : null;
}

// Agency and staff credits Vietnamese outlets sign articles with.
const AGENCY = /^(?:\(?\s*(?:theo\s+)?)(PV|TTXVN|VNA|TTXVN\/VNA|Nhóm PV|PV nhóm [^()]+|CTV|BTV|Vietnam\+|VOV|VTV)\s*\)?\.?$/i;

function isBoldOnly(el: Element): boolean {
  const text = foldedText(el);
  const bold = Array.from(el.querySelectorAll('strong, b')).map(foldedText).join(' ').replace(/\s+/g, ' ').trim();
  return text.length > 0 && bold.length >= text.length - 1;
}

function isRightAligned(el: Element): boolean {
  return /text-align\s*:\s*right/i.test(el.getAttribute('style') ?? '') || el.getAttribute('align') === 'right' || /\b(author|right)\b/i.test(el.className);
}

/**
 * Vietnamese outlets sign at the end of the body: a short bold or right-aligned line ("Minh Anh"),
 * or an agency credit ("PV", "Theo TTXVN"). Looks at the last few text blocks of the root.
 */
export function endSignature(root: Element): string | null {
  const blocks = Array.from(root.querySelectorAll('p, div, span, strong, b')).filter(
    (el) => foldedText(el).length > 0 && !el.querySelector('p, div'),
  );
  for (const el of blocks.slice(-4).reverse()) {
    const text = foldedText(el);
    const agency = AGENCY.exec(text);
    if (agency) return agency[1]!;
    const words = text.split(' ');
    const looksLikeName = words.length <= 6 && text.length <= 50 && !/[.!?:;]$/.test(text) && !/\d{3,}/.test(text);
    if (looksLikeName && (isBoldOnly(el) || isRightAligned(el))) return cleanAuthor(text);
  }
  return null;
}

/** Author: JSON-LD author, author meta tags, rel/itemprop/class bylines, then the signature at the end of the body. */
export function extractAuthor(doc: Document, article: JsonLdNode | null, meta: Map<string, string>, root: Element | null): string | null {
  const fromJsonLd = cleanAuthor(jsonLdNames(article?.['author']).join(', '));
  if (fromJsonLd) return fromJsonLd;
  const metaAuthor = firstMeta(meta, ['dc:creator', 'dcterm:creator', 'dcterms:creator', 'dc.creator', 'dcterms.creator', 'author', 'parsely-author', 'article:author', 'og:article:author', 'sailthru.author']);
  const fromMeta = cleanAuthor(metaAuthor);
  if (fromMeta) return fromMeta;
  const headline = doc.querySelector('h1');
  for (const el of Array.from(doc.querySelectorAll(BYLINE_SELECTOR))) {
    if (isInPageChrome(el, headline)) continue;
    const text = cleanAuthor(bylineText(el));
    // Byline boxes often hold only the date line.
    if (text && !parseDate(text) && /\p{L}{2}/u.test(text)) return text;
  }
  return root ? endSignature(root) : null;
}
