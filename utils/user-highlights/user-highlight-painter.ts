import { MARK_ATTRIBUTE, USER_HIGHLIGHT_KIND, USER_HIGHLIGHT_NAME } from '../highlight/highlight-names';
import { unwrapMarks, wrapRangeInMarks } from '../highlight/mark-fallback';
import { highlightApi } from '../highlight/highlight-api';

/** Paints the reader's highlights, apart from entity highlights, and can take them all away. */
export interface UserHighlightPainter {
  /** Replaces the painted highlights with these ranges. */
  paint(ranges: Range[]): void;
  /** Removes every user highlight, leaving the page as it was. */
  clear(): void;
}

/** A painter on `doc`: one `trichbao-user` entry in `CSS.highlights`, or `<mark>` elements where the API is missing. */
export function createUserHighlightPainter(doc: Document = document): UserHighlightPainter {
  const api = highlightApi(doc);
  if (api) {
    const { registry, Highlight: HighlightCtor } = api;
    return {
      paint(ranges) {
        if (ranges.length === 0) {
          registry.delete(USER_HIGHLIGHT_NAME);
          return;
        }
        const highlight = new HighlightCtor(...ranges);
        // Above entity highlights where they overlap: the reader's own mark is what they look for.
        highlight.priority = 1;
        registry.set(USER_HIGHLIGHT_NAME, highlight);
      },
      clear: () => void registry.delete(USER_HIGHLIGHT_NAME),
    };
  }
  let marks: HTMLElement[] = [];
  return {
    paint(ranges) {
      unwrapMarks(marks);
      // data-trichbao-mark="user", styled in highlights.css.
      marks = [...ranges].reverse().flatMap((range) => wrapRangeInMarks(range, USER_HIGHLIGHT_KIND, USER_HIGHLIGHT_NAME));
    },
    clear() {
      unwrapMarks(marks);
      marks = [];
      unwrapMarks([...doc.querySelectorAll<HTMLElement>(`mark[${MARK_ATTRIBUTE}="${USER_HIGHLIGHT_KIND}"]`)]);
    },
  };
}
