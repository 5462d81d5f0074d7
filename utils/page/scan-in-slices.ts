import { recognize } from '../entities/recognize';
import type { RangeMaker } from '../highlight/paint-highlights';
import { createArticleBlocks, type ArticleBlocks, type TextBlock } from './article-blocks';
import { findArticleText } from './scan-article';

/** Options for {@link scanInSlices}. */
export interface SliceOptions {
  makeRange: RangeMaker;
  /** Called between slices so no single task grows long. */
  yieldFn: () => Promise<void>;
  signal?: AbortSignal;
  /** Texts up to this many characters are recognised in one go (every typical article). */
  chunkChars?: number;
  /** Told when the article is found (its blocks are still empty), before any slice. */
  onStart?: (blocks: ArticleBlocks) => void;
  /** Told after each slice with the blocks it added, so painting follows the reading. */
  onBlocks?: (added: TextBlock[], blocks: ArticleBlocks) => void;
  /** False when a newer scan has started: this one stops at the next slice. */
  current?: () => boolean;
}

/** Splits at block boundaries ("\n"): no name or document reference spans two blocks. */
export function chunkBounds(text: string, size: number): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n', end);
      end = cut > start ? cut + 1 : end;
    }
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

/**
 * Finds the article and recognises it slice by slice, yielding to the page between slices and
 * handing each slice's blocks over at once, so a huge page is painted progressively and never
 * blocks input for long. A typical article is one slice, so short mentions are linked across
 * the whole of it. Resolves to null on pages that are not articles or when superseded.
 */
export async function scanInSlices(doc: Document, url: string, options: SliceOptions): Promise<ArticleBlocks | null> {
  const found = findArticleText(doc, url);
  if (!found) return null;
  const live = () => !options.signal?.aborted && (options.current?.() ?? true);
  const blocks = createArticleBlocks(found.root, options.makeRange);
  options.onStart?.(blocks);
  const { text } = found.index;
  for (const [start, end] of chunkBounds(text, options.chunkChars ?? 30_000)) {
    await options.yieldFn();
    if (!live()) return null;
    const added = blocks.addFromIndex(found.index, start, end, recognize(text.slice(start, end)));
    options.onBlocks?.(added, blocks);
  }
  return blocks;
}
