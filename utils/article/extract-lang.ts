import { firstMeta } from './read-meta';

/** "vi-VN", "vi_VN", "EN-us" → "vi", "en"; null for empty or malformed tags. */
export function primaryLanguage(tag: string | null | undefined): string | null {
  const m = /^\s*([a-z]{2,3})(?:[-_]|$)/i.exec(tag ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/** Page language from html lang, og:locale, Content-Language or JSON-LD inLanguage, as a lower-case primary subtag. */
export function extractLang(doc: Document, meta: Map<string, string>, jsonLdLanguage: unknown = null): string | null {
  const html = doc.documentElement;
  return (
    primaryLanguage(html?.getAttribute('lang')) ??
    primaryLanguage(html?.getAttribute('xml:lang')) ??
    primaryLanguage(firstMeta(meta, ['og:locale', 'content-language', 'language', 'dc.language'])) ??
    primaryLanguage(typeof jsonLdLanguage === 'string' ? jsonLdLanguage : null)
  );
}
