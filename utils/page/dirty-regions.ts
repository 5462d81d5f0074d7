import { isBlockElement, isSkippedElement } from '../dom/text-index';

/** What a batch of mutation records changed inside an article. */
export interface DirtyRegions {
  /** Elements whose text must be read again (paragraph-level, or added subtrees), outermost only. */
  regions: Element[];
  /** Nodes taken out of the page: the blocks they held are forgotten. */
  removed: Node[];
}

const BLOCK_SELECTOR = 'p,div,li,h1,h2,h3,h4,h5,h6,section,article,blockquote,table,ul,ol,dl,figure,figcaption,br';

/** The paragraph-level element holding `node` (or `root`), or null when `node` is outside `root`. */
function blockOf(node: Node | null, root: Element): Element | null {
  let el: Element | null = node && (node.nodeType === 1 ? (node as Element) : node.parentElement);
  while (el && el !== root && !isBlockElement(el)) el = el.parentElement;
  return el && (el === root || root.contains(el)) ? el : null;
}

/** True when an element lies in a part of the page that is never read (script, input, own UI…). */
function inSkipped(el: Element, root: Element): boolean {
  for (let e: Element | null = el; e && e !== root; e = e.parentElement) if (isSkippedElement(e)) return true;
  return false;
}

/**
 * Turns mutation records into the smallest set of elements to read again: a paragraph whose
 * text changed, or a subtree added with paragraphs of its own (infinite scroll appends these),
 * never the whole article for a change inside one paragraph.
 */
export function dirtyRegions(records: readonly MutationRecord[], root: Element, isOwnNode: (node: Node) => boolean): DirtyRegions {
  const dirty = new Set<Element>();
  const removed: Node[] = [];
  for (const r of records) {
    if (r.type === 'characterData') {
      if (isOwnNode(r.target)) continue;
      const block = blockOf(r.target, root);
      if (block) dirty.add(block);
      continue;
    }
    if (r.type !== 'childList') continue;
    let inline = false;
    for (const n of r.removedNodes) {
      if (isOwnNode(n)) continue;
      removed.push(n);
      if (n.nodeType !== 1 || !isBlockElement(n as Element)) inline = true;
    }
    for (const n of r.addedNodes) {
      if (isOwnNode(n)) continue;
      const el = n.nodeType === 1 ? (n as Element) : null;
      if (el && (isBlockElement(el) || el.querySelector(BLOCK_SELECTOR))) {
        if (root.contains(el)) dirty.add(el);
      } else inline = true;
    }
    if (inline) {
      const block = blockOf(r.target, root);
      if (block) dirty.add(block);
    }
  }
  const regions: Element[] = [];
  for (const el of dirty) {
    if (!el.isConnected || inSkipped(el, root)) continue;
    let covered = false;
    for (let up = el.parentElement; up && !covered; up = up === root ? null : up.parentElement) covered = dirty.has(up);
    if (!covered) regions.push(el);
  }
  return { regions, removed };
}
