import { detectArticle } from '../article/detect-article';
import { findHighlightRoot } from '../article/find-highlight-root';
import { buildTextIndex, type TextIndex } from '../dom/text-index';
import { recognize } from '../entities/recognize';
import type { Recognition } from '../entities/types';

/** An article found on the page: its body element, its text and what the recognizer found. */
export interface ArticleScan {
  root: Element;
  index: TextIndex;
  recognition: Recognition;
}

/** Detects an article in `doc` and recognises its entities; null on pages that are not articles. */
export function scanArticle(doc: Document, url: string): ArticleScan | null {
  if (!doc.body || !detectArticle(doc, url).isArticle) return null;
  const root = findHighlightRoot(doc);
  if (!root) return null;
  const index = buildTextIndex(root);
  return { root, index, recognition: recognize(index.text) };
}
