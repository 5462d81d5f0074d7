/**
 * A flat string of a subtree's visible text with a map back to its Text nodes, so a matcher
 * can run on plain text and its offsets can be turned into DOM Ranges (docs/style.md §7).
 */
export interface TextIndex {
  /** The concatenated text; block boundaries appear as "\n" that belong to no node. */
  text: string;
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]`'s first character in `text`. */
  starts: number[];
}

/** Elements whose text is never read nor highlighted. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION',
  'CODE', 'PRE', 'SVG', 'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'BUTTON',
]);

/** Elements that break the text flow: a name never continues across them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD',
  'TR', 'UL', 'CAPTION', 'BODY',
]);

/** True for elements that break the text flow (paragraph-level): a live page's unit of rescanning. */
export function isBlockElement(el: Element): boolean {
  return BLOCKS.has(el.tagName.toUpperCase());
}

/** Attribute that marks the extension's own UI, which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-trichbao-ui';

/** True when an element and its subtree must not be scanned. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  // Most elements carry no attribute that matters: skip the lookups for them.
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE) || el.hasAttribute('hidden')) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable === '' || editable === 'true' || editable === 'plaintext-only') return true;
  return el.getAttribute('aria-hidden') === 'true';
}

/**
 * Collects the visible text under `root` in document order. A plain sibling walk (no
 * TreeWalker callbacks, no recursion) keeps this fast on pages with thousands of nodes.
 */
export function buildTextIndex(root: Node): TextIndex {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let pendingBreak = false;

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      if (data.length > 0) {
        if (pendingBreak && length > 0) {
          parts.push('\n');
          length += 1;
        }
        pendingBreak = false;
        nodes.push(node as Text);
        starts.push(length);
        parts.push(data);
        length += data.length;
      }
    } else if (node.nodeType === 1 && !isSkippedElement(node as Element)) {
      if (BLOCKS.has((node as Element).tagName.toUpperCase())) pendingBreak = true;
      descend = node.firstChild !== null;
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until a next sibling exists; leaving a block element breaks the text flow.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && node.nodeType === 1 && BLOCKS.has((node as Element).tagName.toUpperCase())) pendingBreak = true;
    }
    if (!node || node === root) break;
    if (node.nodeType === 1 && BLOCKS.has((node as Element).tagName.toUpperCase())) pendingBreak = true;
    node = node.nextSibling;
  }
  return { text: parts.join(''), nodes, starts };
}
