import type { TextIndex } from './text-index';

/** Offsets `[start, end)` of `index.text`, as `rangeFromOffsets` takes them. */
export interface TextOffsets {
  start: number;
  end: number;
}

/**
 * Number of indexed nodes whose first character lies at or before the boundary point: a binary
 * search with `Range.comparePoint`, which orders points the way the index orders its nodes.
 */
function nodesBefore(index: TextIndex, probe: Range): number {
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(index.nodes[mid]!, 0) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Offset in `index.text` of one boundary point; `side` says which way a point between nodes rounds. */
function boundaryOffset(index: TextIndex, container: Node, offset: number, side: 'start' | 'end'): number {
  const doc = container.ownerDocument ?? (container as Document);
  const probe = doc.createRange();
  probe.setStart(container, offset);
  const count = nodesBefore(index, probe);
  const last = count - 1;
  const node = index.nodes[last];
  if (node && node === container) return index.starts[last]! + Math.min(offset, node.data.length);
  // Between nodes (an element boundary, or text the index skips): a start rounds forward to
  // the next indexed character, an end back to the end of the previous indexed node.
  if (side === 'start') return count < index.nodes.length ? index.starts[count]! : index.text.length;
  return node ? index.starts[last]! + node.data.length : 0;
}

/**
 * The inverse of `rangeFromOffsets`: where a DOM Range (e.g. the reader's selection) lies in
 * `index.text`, clipped to the indexed subtree; null when no indexed character is inside it.
 */
export function offsetsFromRange(index: TextIndex, range: Range): TextOffsets | null {
  if (index.nodes.length === 0 || range.collapsed) return null;
  try {
    const start = boundaryOffset(index, range.startContainer, range.startOffset, 'start');
    const end = boundaryOffset(index, range.endContainer, range.endOffset, 'end');
    return end > start ? { start, end } : null;
  } catch {
    // comparePoint throws for nodes of another document or a detached tree: nothing to map.
    return null;
  }
}
