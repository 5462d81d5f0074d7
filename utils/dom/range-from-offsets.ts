import { lastAtOrBefore } from './last-at-or-before';
import type { TextIndex } from './text-index';

/** Index of the node whose text contains `offset` (the last node starting at or before it). */
function nodeAt(index: TextIndex, offset: number): number {
  return Math.max(0, lastAtOrBefore(index.starts, offset));
}

/**
 * Turns `[start, end)` offsets of `index.text` into a live DOM Range over the page's own
 * characters, or null when the span is empty or lies outside the index.
 */
export function rangeFromOffsets(index: TextIndex, start: number, end: number): Range | null {
  if (index.nodes.length === 0 || start >= end || start < 0 || end > index.text.length) return null;
  const a = nodeAt(index, start);
  const b = nodeAt(index, end - 1);
  const startNode = index.nodes[a]!;
  const endNode = index.nodes[b]!;
  const startOffset = start - index.starts[a]!;
  const endOffset = end - index.starts[b]!;
  // A span that starts on a block separator "\n" belongs to no node.
  if (startOffset >= startNode.data.length || endOffset > endNode.data.length) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, startOffset);
  range.setEnd(endNode, endOffset);
  return range;
}
