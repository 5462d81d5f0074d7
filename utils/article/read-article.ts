import type { ArticleMetadata } from './types';
import { detectArticle, type ArticleDetection } from './detect-article';
import { extractMetadata } from './extract-metadata';
import { findArticleRoot } from './find-article-root';
import { articleText } from './article-text';
import { articleToMarkdown } from './article-to-markdown';

/** Everything the extension and the CLI need from one page. `root` is a live element of the page. */
export interface ReadArticle {
  detection: ArticleDetection;
  metadata: ArticleMetadata;
  root: Element | null;
  text: string;
  markdown: string;
}

/** Detects, locates and reads the article of `doc` without changing the page. */
export function readArticle(doc: Document, url: string): ReadArticle {
  const detection = detectArticle(doc, url);
  const root = findArticleRoot(doc);
  return {
    detection,
    metadata: extractMetadata(doc, url, root),
    root,
    text: root ? articleText(root) : '',
    markdown: root ? articleToMarkdown(root, url) : '',
  };
}
