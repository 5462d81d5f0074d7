import { detectArticle } from '../article/detect-article';
import { findHighlightRoot } from '../article/find-highlight-root';
import { buildTextIndex, type TextIndex } from '../dom/text-index';

/** The article's body element and text, or null on pages that are not articles. */
export function findArticleText(doc: Document, url: string): { root: Element; index: TextIndex } | null {
  if (!doc.body || !detectArticle(doc, url).isArticle) return null;
  const root = findHighlightRoot(doc);
  return root ? { root, index: buildTextIndex(root) } : null;
}
