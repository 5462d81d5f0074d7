import { extractMetadata } from '../article/extract-metadata';
import { articleToMarkdown } from '../article/article-to-markdown';
import type { ArticleSnapshot } from '../article-snapshot';
import type { ArticleScan } from './scan-article';

/** The snapshot the popup shows and clips; Markdown is made only now, when it is asked for. */
export function takeSnapshot(doc: Document, url: string, scan: ArticleScan | null): ArticleSnapshot {
  const metadata = extractMetadata(doc, url);
  if (!scan) {
    return { isArticle: false, metadata, officials: [], documents: [], text: '', markdown: '' };
  }
  return {
    isArticle: true,
    metadata,
    officials: scan.recognition.officials,
    documents: scan.recognition.documents,
    text: scan.index.text,
    markdown: articleToMarkdown(scan.root, url),
  };
}
