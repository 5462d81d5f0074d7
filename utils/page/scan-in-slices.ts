import type { RangeMaker } from '../highlight/paint-highlights';
import { createArticleBlocks, type ArticleBlocks, type TextBlock } from './article-blocks';
import type { Recognizer } from '../entities/types';
import { findArticleText } from './find-article-text';

/** Options for {@link scanInSlices}. */
export interface SliceOptions {
  makeRange: RangeMaker;
  /**
   * The recognizer, asked for once an article is found: the content script has it injected then, so pages that
   * are not articles never load it.
   */
  loadRecognizer: () => Recognizer | Promise<Recognizer>;
  /** Called between slices so no single task grows long. */
  yieldFn: () => Promise<void>;
  signal?: AbortSignal;
  /** The largest slice, in characters. */
  chunkChars?: number;
  /**
   * The first slice, in characters (about a screenful); slices then double up to `chunkChars`. The first slice
   * of a page load runs cold (every function compiled and run unoptimised first), so a small one paints the
   * top of the article soonest and keeps that task short.
   */
  firstChunkChars?: number;
  /** Told when the article is found (its blocks are still empty), before any slice. */
  onStart?: (blocks: ArticleBlocks) => void;
  /** Told after each slice with the blocks it added, so painting follows the reading. */
  onBlocks?: (added: TextBlock[], blocks: ArticleBlocks) => void;
  /** False when a newer scan has started: this one stops at the next slice. */
  current?: () => boolean;
}

/**
 * Splits at block boundaries ("\n"), so no name or document reference spans two slices: slices of `first`
 * characters, doubling up to `size` (one size throughout when `first` is left out).
 */
export function chunkBounds(text: string, size: number, first = size): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  let want = Math.min(first, size);
  while (start < text.length) {
    let end = Math.min(text.length, start + want);
    want = Math.min(size, want * 2);
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
 * blocks input for long. Short mentions ("ông Thanh") are linked to officials named in earlier
 * slices. Resolves to null on pages that are not articles or when superseded.
 */
export async function scanInSlices(doc: Document, url: string, options: SliceOptions): Promise<ArticleBlocks | null> {
  const found = findArticleText(doc, url);
  if (!found) return null;
  const live = () => !options.signal?.aborted && (options.current?.() ?? true);
  const recognize = await options.loadRecognizer();
  if (!live()) return null;
  const blocks = createArticleBlocks(found.root, options.makeRange);
  options.onStart?.(blocks);
  const { text } = found.index;
  for (const [start, end] of chunkBounds(text, options.chunkChars ?? 60_000, options.firstChunkChars ?? 4_000)) {
    await options.yieldFn();
    if (!live()) return null;
    const added = blocks.addFromIndex(found.index, start, end, recognize(text.slice(start, end), blocks.officials()));
    options.onBlocks?.(added, blocks);
  }
  return blocks;
}
