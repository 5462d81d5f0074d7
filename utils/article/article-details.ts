import type { ArticleMetadata } from './types';
import { extractMetadata } from './extract-metadata';
import { findArticleRoot } from './find-article-root';
import { articleToMarkdown } from './article-to-markdown';

/** Metadata and the article body as Markdown, read from a page (a parsed copy, or the CLI's). */
export function articleDetails(doc: Document, url: string, isArticle: boolean): { metadata: ArticleMetadata; markdown: string } {
  const root = isArticle ? findArticleRoot(doc) : null;
  return { metadata: extractMetadata(doc, url, root), markdown: root ? articleToMarkdown(root, url) : '' };
}
