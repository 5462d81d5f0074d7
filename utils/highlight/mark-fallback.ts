import { MARK_ATTRIBUTE } from './highlight-names';

/**
 * Wraps each text-node piece of `range` in a `<mark>` tagged with `kind` (an entity kind or
 * "user") and given `className`; returns the marks made.
 */
export function wrapRangeInMarks(range: Range, kind: string, className: string): HTMLElement[] {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return [];
  const pieces: Array<{ node: Text; start: number; end: number }> = [];
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 0x4 /* SHOW_TEXT */);
  const first = range.startContainer.nodeType === 3 ? range.startContainer : null;
  if (first && first === range.endContainer) {
    pieces.push({ node: first as Text, start: range.startOffset, end: range.endOffset });
  } else {
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!range.intersectsNode(n)) continue;
      const text = n as Text;
      const start = n === range.startContainer ? range.startOffset : 0;
      const end = n === range.endContainer ? range.endOffset : text.data.length;
      if (end > start) pieces.push({ node: text, start, end });
    }
  }
  const marks: HTMLElement[] = [];
  for (const { node, start, end } of pieces.reverse()) {
    const middle = start > 0 ? node.splitText(start) : node;
    if (end - start < middle.data.length) middle.splitText(end - start);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTRIBUTE, kind);
    mark.className = className;
    middle.parentNode?.insertBefore(mark, middle);
    mark.appendChild(middle);
    marks.push(mark);
  }
  return marks;
}

/** Removes marks, putting their text back and re-joining the text nodes that wrapping split. */
export function unwrapMarks(marks: HTMLElement[]): void {
  const parents = new Set<Node>();
  for (const mark of marks) {
    const parent = mark.parentNode;
    if (!parent) continue;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parents.add(parent);
  }
  for (const parent of parents) parent.normalize();
}
