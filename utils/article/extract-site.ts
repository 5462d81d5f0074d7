import { firstMeta } from './read-meta';
import { jsonLdText, readJsonLd, jsonLdTypes, type JsonLdNode } from './read-json-ld';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** Outlet name: og:site_name, the JSON-LD publisher or WebSite name, application-name, else the host without www. */
export function extractSite(doc: Document, article: JsonLdNode | null, meta: Map<string, string>, url: string): string {
  const website = readJsonLd(doc).find((node) => jsonLdTypes(node).includes('WebSite'));
  const ogName = firstMeta(meta, ['og:site_name']);
  const publisher = jsonLdText(article?.['publisher']);
  // og:site_name sometimes appends a tagline to the publisher's name ("Outlet - Slogan").
  const name =
    (publisher && ogName?.startsWith(publisher) ? publisher : ogName) ??
    publisher ??
    jsonLdText(website?.['name']) ??
    firstMeta(meta, ['application-name', 'apple-mobile-web-app-title']);
  return name?.replace(/\s+/g, ' ').trim() || hostOf(url);
}
