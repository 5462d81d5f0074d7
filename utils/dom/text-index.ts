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

/** Attribute that marks the extension's own UI, which is never scanned. */
export const OWN_UI_ATTRIBUTE = 'data-trichbao-ui';

/** True when an element and its subtree must not be scanned. */
export function isSkippedElement(el: Element): boolean {
  if (SKIPPED.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute(OWN_UI_ATTRIBUTE)) return true;
  if (el.getAttribute('contenteditable') === '' || el.getAttribute('contenteditable') === 'true') return true;
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  return false;
}

/** Collects the visible text under `root` in document order. */
export function buildTextIndex(root: Node): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  let pendingBreak = false;

  const walker = doc.createTreeWalker(root, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */, {
    acceptNode(node) {
      if (node.nodeType === 1) {
        return isSkippedElement(node as Element) ? 2 /* REJECT */ : 1 /* ACCEPT */;
      }
      return 1;
    },
  });

  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 1) {
      if (BLOCKS.has((node as Element).tagName.toUpperCase())) pendingBreak = true;
      continue;
    }
    const data = (node as Text).data;
    if (data.length === 0) continue;
    if (pendingBreak || (nodes.length > 0 && blockOf(node) !== blockOf(nodes[nodes.length - 1]!))) {
      if (length > 0) {
        parts.push('\n');
        length += 1;
      }
      pendingBreak = false;
    }
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

function blockOf(node: Node): Node | null {
  let el = node.parentNode;
  while (el && el.nodeType === 1 && !BLOCKS.has((el as Element).tagName.toUpperCase())) el = el.parentNode;
  return el;
}
