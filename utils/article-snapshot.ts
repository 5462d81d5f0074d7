import type { ArticleMetadata } from './article/types';
import type { DocumentRef, Official } from './entities/types';

/**
 * What a tab's content script reports: what it already computed for highlighting, plus the
 * page's HTML. The heavier extraction (metadata, Markdown) runs in the popup, on a parsed
 * copy, so the content script that runs on every page stays small and fast.
 */
export interface PageSnapshot {
  isArticle: boolean;
  url: string;
  /** The page's HTML as it is now (after scripts ran), serialised; never inserted anywhere. */
  html: string;
  /** The article's plain text (entity offsets index it). */
  text: string;
  officials: Official[];
  documents: DocumentRef[];
}

/** The article as the popup shows and clips it. */
export interface ArticleSnapshot {
  isArticle: boolean;
  metadata: ArticleMetadata;
  /** Officials and documents found in the article; `mentions.length` is the count. */
  officials: Official[];
  documents: DocumentRef[];
  /** The article's plain text (entity offsets index it). */
  text: string;
  /** The article body as Markdown. */
  markdown: string;
}

/** True when a reply has the shape of a PageSnapshot (replies come from page-influenced code). */
export function isPageSnapshot(value: unknown): value is PageSnapshot {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<PageSnapshot>;
  return (
    typeof v.isArticle === 'boolean' &&
    typeof v.url === 'string' &&
    typeof v.html === 'string' &&
    typeof v.text === 'string' &&
    Array.isArray(v.officials) &&
    Array.isArray(v.documents)
  );
}
