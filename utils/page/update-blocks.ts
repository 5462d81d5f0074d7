import { buildTextIndex, type TextIndex } from '../dom/text-index';
import type { ArticleBlocks, TextBlock } from './article-blocks';
import type { DirtyRegions } from './dirty-regions';
import type { Recognizer } from '../entities/types';

/** What one batch of page changes did to an article's blocks. */
export interface BlockUpdate {
  added: TextBlock[];
  removed: TextBlock[];
  /** Characters read and recognised again: only the changed paragraphs. */
  scannedChars: number;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** Calls `visit` for every text node in a (possibly detached) subtree. */
function forEachText(node: Node, visit: (text: Node) => void): void {
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeType === 3) visit(n);
    for (let c = n.lastChild; c; c = c.previousSibling) stack.push(c);
  }
}

/**
 * Reads the changed regions again and recognises only their text (one recognizer call for the
 * whole batch, linked to the officials already known), replacing the blocks they held.
 */
export function updateBlocks(
  blocks: ArticleBlocks,
  changes: DirtyRegions,
  recognize: Recognizer,
  onRemoved?: (gone: TextBlock[]) => void,
): BlockUpdate {
  const gone = new Set<TextBlock>();
  const mark = (node: Node) => {
    const block = blocks.blockOf(node);
    if (block) gone.add(block);
  };
  for (const node of changes.removed) forEachText(node, mark);
  for (const region of changes.regions) forEachText(region, mark);
  blocks.remove(gone);
  // Told before reading the regions again: `<mark>` painting must be undone first, since
  // unwrapping re-joins the text nodes the new index would hold.
  onRemoved?.([...gone]);
  // In document order, so the combined index below is too (regions never nest).
  const regions = [...changes.regions].sort((a, b) => (a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1));
  const indexes: TextIndex[] = regions.map((region) => buildTextIndex(region));

  // One combined text, regions apart like blocks, so the recognizer runs once per batch.
  const parts: string[] = [];
  const nodes: Text[] = [];
  const starts: number[] = [];
  let length = 0;
  let scannedChars = 0;
  for (const index of indexes) {
    scannedChars += index.text.length;
    if (index.nodes.length === 0) continue;
    if (length > 0) {
      parts.push('\n');
      length += 1;
    }
    for (let i = 0; i < index.nodes.length; i++) {
      nodes.push(index.nodes[i]!);
      starts.push(length + index.starts[i]!);
    }
    parts.push(index.text);
    length += index.text.length;
  }
  if (length === 0) return { added: [], removed: [...gone], scannedChars };
  const text = parts.join('');
  const recognition = recognize(text, blocks.officials());
  const added = blocks.addFromIndex({ text, nodes, starts }, 0, length, recognition);
  return { added, removed: [...gone], scannedChars };
}
