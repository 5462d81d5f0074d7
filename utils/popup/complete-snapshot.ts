import type { ArticleSnapshot, PageSnapshot } from '../article-snapshot';
import { articleDetails } from '../article/article-details';

/** Parses page HTML into an inert document (no scripts run, nothing loads). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** The full article snapshot: metadata and Markdown extracted from a parsed copy of the page. */
export function completeSnapshot(page: PageSnapshot, parse: (html: string) => Document = parseHtml): ArticleSnapshot {
  const { metadata, markdown } = articleDetails(parse(page.html), page.url, page.isArticle);
  return {
    isArticle: page.isArticle,
    metadata,
    officials: page.officials,
    documents: page.documents,
    text: page.text,
    markdown,
  };
}
