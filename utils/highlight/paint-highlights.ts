import { HIGHLIGHT_NAMES, MARK_ATTRIBUTE, type HighlightKind } from './highlight-names';
import { wrapRangeInMarks, unwrapMarks } from './mark-fallback';
import { highlightApi } from './highlight-api';

/** Makes the range a painter paints: a cheap StaticRange for the Highlight API, a live Range for marks. */
export type RangeMaker = (startNode: Text, startOffset: number, endNode: Text, endOffset: number) => AbstractRange;

/** Paints ranges per kind and can take every highlight away again. */
export interface Painter {
  /** Replaces the highlights of one kind with these ranges. */
  paint(kind: HighlightKind, ranges: AbstractRange[]): void;
  /** Adds ranges to the highlights of one kind (a slice of a long page, a block a live page gained). */
  add(kind: HighlightKind, ranges: AbstractRange[]): void;
  /** Takes these ranges (made by `makeRange`, given to `add` or `paint`) out of the highlights. */
  remove(kind: HighlightKind, ranges: AbstractRange[]): void;
  /** Removes every highlight this painter made, leaving the page as it was. */
  clear(): void;
  /** The kind of range this painter wants. */
  makeRange: RangeMaker;
  /** "highlight-api" when the CSS Custom Highlight API is used, "mark" for the fallback. */
  readonly mode: 'highlight-api' | 'mark';
}

interface HighlightSet {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
  readonly size: number;
}

/** Creates a painter for `doc`: the CSS Custom Highlight API, or `<mark>` wrapping where it is missing. */
export function createPainter(doc: Document = document): Painter {
  const api = highlightApi(doc);
  const liveRange: RangeMaker = (a, ao, b, bo) => {
    const range = doc.createRange();
    range.setStart(a, ao);
    range.setEnd(b, bo);
    return range;
  };
  if (api) {
    const { registry, Highlight: HighlightCtor } = api;
    const StaticRangeCtor = (doc.defaultView as (Window & typeof globalThis) | null)?.StaticRange;
    // A StaticRange costs a fraction of a live Range to make and nothing on later DOM edits; a
    // live page's changed blocks are scanned again, so their ranges never stay stale for long.
    const makeRange: RangeMaker = StaticRangeCtor
      ? (startContainer, startOffset, endContainer, endOffset) => new StaticRangeCtor({ startContainer, startOffset, endContainer, endOffset })
      : liveRange;
    const highlightOf = (kind: HighlightKind, create: boolean): HighlightSet | null => {
      const name = HIGHLIGHT_NAMES[kind];
      let h = registry.get(name) as HighlightSet | undefined;
      if (!h && create) {
        h = new HighlightCtor() as unknown as HighlightSet;
        registry.set(name, h);
      }
      return h ?? null;
    };
    return {
      mode: 'highlight-api',
      makeRange,
      paint(kind, ranges) {
        // The page's DOM is untouched: ranges live only in the highlight registry.
        if (ranges.length === 0) registry.delete(HIGHLIGHT_NAMES[kind]);
        else registry.set(HIGHLIGHT_NAMES[kind], new HighlightCtor(...(ranges as Range[])));
      },
      add(kind, ranges) {
        if (ranges.length === 0) return;
        const h = highlightOf(kind, true)!;
        for (const r of ranges) h.add(r);
      },
      remove(kind, ranges) {
        const h = highlightOf(kind, false);
        if (!h) return;
        for (const r of ranges) h.delete(r);
        if (h.size === 0) registry.delete(HIGHLIGHT_NAMES[kind]);
      },
      clear() {
        for (const name of Object.values(HIGHLIGHT_NAMES)) registry.delete(name);
      },
    };
  }
  // The marks made for each range, so one block's marks can go without touching the others.
  const marks = new Map<HighlightKind, Map<AbstractRange, HTMLElement[]>>();
  const marksOf = (kind: HighlightKind) => {
    let m = marks.get(kind);
    if (!m) marks.set(kind, (m = new Map()));
    return m;
  };
  const add = (kind: HighlightKind, ranges: AbstractRange[]) => {
    const own = marksOf(kind);
    // Wrap from the end so earlier ranges stay valid while later text nodes are split.
    for (let i = ranges.length - 1; i >= 0; i--) {
      const range = ranges[i]!;
      // This painter's `makeRange` makes live Ranges, which the wrapping needs.
      own.set(range, wrapRangeInMarks(range as Range, kind, HIGHLIGHT_NAMES[kind]));
    }
  };
  return {
    mode: 'mark',
    makeRange: liveRange,
    paint(kind, ranges) {
      unwrapMarks([...marksOf(kind).values()].flat());
      marks.delete(kind);
      add(kind, ranges);
    },
    add,
    remove(kind, ranges) {
      const own = marksOf(kind);
      const gone: HTMLElement[] = [];
      for (const r of ranges) {
        gone.push(...(own.get(r) ?? []));
        own.delete(r);
      }
      unwrapMarks(gone);
    },
    clear() {
      for (const list of marks.values()) unwrapMarks([...list.values()].flat());
      marks.clear();
      // Also catch marks left by an earlier instance of the script (e.g. after an update);
      // the reader's own highlights have their own painter and stay.
      const selector = Object.keys(HIGHLIGHT_NAMES).map((k) => `mark[${MARK_ATTRIBUTE}="${k}"]`).join(',');
      unwrapMarks([...doc.querySelectorAll<HTMLElement>(selector)]);
    },
  };
}
