import { anchorTarget } from '../anchoring/anchor-target';
import { rangeFromOffsets } from '../dom/range-from-offsets';
import type { TextIndex } from '../dom/text-index';
import type { PageHighlight } from './payload-checks';

/** Where each stored highlight landed on the page now. */
export interface Placement {
  /** Ranges to paint, one per placed highlight, in the order given. */
  ranges: Range[];
  anchored: number[];
  /** Highlights found nowhere: reported, listed, never dropped. */
  orphans: number[];
}

/**
 * Places stored highlights in the page: first in the text of the scope they were made in
 * (position, then quote, then fuzzy quote), then in the other text, since a page may gain
 * or lose its detected article between visits.
 */
export function placeHighlights(highlights: readonly PageHighlight[], article: TextIndex | null, body: () => TextIndex): Placement {
  const out: Placement = { ranges: [], anchored: [], orphans: [] };
  let bodyIndex: TextIndex | null = null;
  const page = () => (bodyIndex ??= body());
  for (const h of highlights) {
    const order = h.scope === 'article' ? [article, page] : [page, article];
    let range: Range | null = null;
    for (const source of order) {
      const index = typeof source === 'function' ? source() : source;
      if (!index) continue;
      const anchor = anchorTarget(index.text, h.target);
      range = anchor && rangeFromOffsets(index, anchor.start, anchor.end);
      if (range) break;
    }
    if (range) {
      out.ranges.push(range);
      out.anchored.push(h.id);
    } else out.orphans.push(h.id);
  }
  return out;
}
