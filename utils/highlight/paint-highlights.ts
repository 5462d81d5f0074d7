import { HIGHLIGHT_NAMES, MARK_ATTRIBUTE, type HighlightKind } from './highlight-names';
import { wrapRangeInMarks, unwrapMarks } from './mark-fallback';
import { highlightApi } from './highlight-api';

/** Paints ranges per kind and can take every highlight away again. */
export interface Painter {
  /** Replaces the highlights of one kind with these ranges. */
  paint(kind: HighlightKind, ranges: Range[]): void;
  /** Removes every highlight this painter made, leaving the page as it was. */
  clear(): void;
  /** "highlight-api" when the CSS Custom Highlight API is used, "mark" for the fallback. */
  readonly mode: 'highlight-api' | 'mark';
}

/** Creates a painter for `doc`: the CSS Custom Highlight API, or `<mark>` wrapping where it is missing. */
export function createPainter(doc: Document = document): Painter {
  const api = highlightApi(doc);
  if (api) {
    const { registry, Highlight: HighlightCtor } = api;
    return {
      mode: 'highlight-api',
      paint(kind, ranges) {
        // The page's DOM is untouched: ranges live only in the highlight registry.
        if (ranges.length === 0) registry.delete(HIGHLIGHT_NAMES[kind]);
        else registry.set(HIGHLIGHT_NAMES[kind], new HighlightCtor(...ranges));
      },
      clear() {
        for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
      },
    };
  }
  const marks = new Map<HighlightKind, HTMLElement[]>();
  return {
    mode: 'mark',
    paint(kind, ranges) {
      unwrapMarks(marks.get(kind) ?? []);
      // Wrap from the end so earlier ranges stay valid while later text nodes are split.
      const made: HTMLElement[] = [];
      for (const range of [...ranges].reverse()) made.push(...wrapRangeInMarks(range, kind, HIGHLIGHT_NAMES[kind]));
      marks.set(kind, made);
    },
    clear() {
      for (const list of marks.values()) unwrapMarks(list);
      marks.clear();
      // Also catch marks left by an earlier instance of the script (e.g. after an update);
      // the reader's own highlights have their own painter and stay.
      const selector = Object.keys(HIGHLIGHT_NAMES).map((k) => `mark[${MARK_ATTRIBUTE}="${k}"]`).join(',');
      unwrapMarks([...doc.querySelectorAll<HTMLElement>(selector)]);
    },
  };
}
