import { cleanUrl } from './clean-url';
import { firstMeta } from './read-meta';

/** link[rel=canonical] or og:url resolved against the page URL and cleaned; else the page URL cleaned the same way. */
export function extractCanonicalUrl(doc: Document, meta: Map<string, string>, url: string): string {
  const candidates = [doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), firstMeta(meta, ['og:url'])];
  for (const href of candidates) {
    const clean = href ? cleanUrl(href, url) : null;
    if (clean) return clean;
  }
  return cleanUrl(url) ?? url;
}
