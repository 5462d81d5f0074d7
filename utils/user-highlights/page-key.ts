import { extractCanonicalUrl } from '../article/extract-canonical-url';
import { readMeta } from '../article/read-meta';

/**
 * The key a page's highlights are stored under: its canonical URL, computed exactly as the
 * popup computes `Clipping.canonicalUrl`, so highlights and the clipping of a page meet.
 */
export function pageKey(doc: Document, url: string): string {
  return extractCanonicalUrl(doc, readMeta(doc), url);
}
