import type { TextIndex } from '../dom/text-index';
import { recognize } from '../entities/recognize';
import type { Recognition } from '../entities/types';
import { findArticleText } from './find-article-text';

/** An article found on the page: its body element, its text and what the recognizer found. */
export interface ArticleScan {
  root: Element;
  readonly index: TextIndex;
  readonly recognition: Recognition;
}

/** Detects an article in `doc` and recognises its entities, in one go (CLI, tests). */
export function scanArticle(doc: Document, url: string): ArticleScan | null {
  const found = findArticleText(doc, url);
  return found && { ...found, recognition: recognize(found.index.text) };
}
