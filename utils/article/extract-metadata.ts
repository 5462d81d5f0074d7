import type { ArticleMetadata } from './types';
import { readMeta } from './read-meta';
import { findJsonLdArticle } from './read-json-ld';
import { extractTitle } from './extract-title';
import { extractAuthor } from './extract-author';
import { extractPublished } from './extract-published';
import { extractSite } from './extract-site';
import { extractLang } from './extract-lang';
import { extractCanonicalUrl } from './extract-canonical-url';
import { findArticleRoot } from './find-article-root';
import { VIETNAM_OFFSET } from './parse-vietnamese-date';

/** Title, author, date, site, language and canonical URL of an article page; never throws, falls back sensibly. */
export function extractMetadata(doc: Document, url: string, root: Element | null = findArticleRoot(doc)): ArticleMetadata {
  const meta = readMeta(doc);
  const article = findJsonLdArticle(doc);
  const lang = extractLang(doc, meta, article?.['inLanguage']);
  const site = extractSite(doc, article, meta, url);
  return {
    title: extractTitle(doc, article, meta, site),
    author: extractAuthor(doc, article, meta, root),
    published: extractPublished(doc, article, meta, lang === 'vi' ? VIETNAM_OFFSET : null),
    site,
    lang,
    canonicalUrl: extractCanonicalUrl(doc, meta, url),
    url,
  };
}
