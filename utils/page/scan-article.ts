import { detectArticle } from '../article/detect-article';
import { findHighlightRoot } from '../article/find-highlight-root';
import { buildTextIndex, type TextIndex } from '../dom/text-index';
import { recognize } from '../entities/recognize';
import type { Recognition } from '../entities/types';

/** An article found on the page: its body element, its text and what the recognizer found. */
export interface ArticleScan {
  root: Element;
  readonly index: TextIndex;
  readonly recognition: Recognition;
}

/** The article's body element and text, or null on pages that are not articles. */
export function findArticleText(doc: Document, url: string): { root: Element; index: TextIndex } | null {
  if (!doc.body || !detectArticle(doc, url).isArticle) return null;
  const root = findHighlightRoot(doc);
  return root ? { root, index: buildTextIndex(root) } : null;
}

/** Detects an article in `doc` and recognises its entities, in one go (CLI, tests). */
export function scanArticle(doc: Document, url: string): ArticleScan | null {
  const found = findArticleText(doc, url);
  return found && { ...found, recognition: recognize(found.index.text) };
}
