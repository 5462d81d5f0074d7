// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createPainter } from '../../../utils/highlight/paint-highlights';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { rangeFromOffsets } from '../../../utils/dom/range-from-offsets';

const HTML = '<p>Đồng chí <i>Trần Sỹ Thanh</i>, Bí thư Tỉnh ủy, nhắc lại Nghị quyết số 29-NQ/TU.</p>';

function rangesFor(root: HTMLElement, ...surfaces: string[]): Range[] {
  const index = buildTextIndex(root);
  return surfaces.map((s) => {
    const start = index.text.indexOf(s);
    return rangeFromOffsets(index, start, start + s.length)!;
  });
}

describe('utils/highlight/paint-highlights', () => {
  it('falls back to <mark> where the Highlight API is missing and removes them without a trace', () => {
    document.body.innerHTML = HTML;
    const before = document.body.innerHTML;
    const painter = createPainter(document);
    expect(painter.mode).toBe('mark');
    const root = document.body;
    painter.paint('official', rangesFor(root, 'Trần Sỹ Thanh'));
    painter.paint('document', rangesFor(root, 'Nghị quyết số 29-NQ/TU', 'Tỉnh ủy'));
    const marks = [...document.querySelectorAll('mark[data-trichbao-mark]')].map((m) => m.textContent);
    expect(marks.sort()).toEqual(['Nghị quyết số 29-NQ/TU', 'Trần Sỹ Thanh', 'Tỉnh ủy']);
    painter.clear();
    expect(document.querySelectorAll('mark').length).toBe(0);
    expect(document.body.innerHTML).toBe(before);
  });

  it('wraps a range that crosses elements piece by piece', () => {
    document.body.innerHTML = '<p>Bí thư <b>Tỉnh</b> ủy</p>';
    const painter = createPainter(document);
    painter.paint('official', rangesFor(document.body, 'Bí thư Tỉnh ủy'));
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent).join('')).toBe('Bí thư Tỉnh ủy');
    painter.clear();
    expect(document.body.innerHTML).toBe('<p>Bí thư <b>Tỉnh</b> ủy</p>');
  });

  it('uses the CSS Custom Highlight API when present, without touching the DOM', () => {
    document.body.innerHTML = HTML;
    const registry = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    const win = window as unknown as { CSS?: unknown; Highlight?: unknown };
    const saved = { CSS: win.CSS, Highlight: win.Highlight };
    win.CSS = { highlights: registry };
    win.Highlight = FakeHighlight;
    try {
      const before = document.body.innerHTML;
      const painter = createPainter(document);
      expect(painter.mode).toBe('highlight-api');
      painter.paint('official', rangesFor(document.body, 'Trần Sỹ Thanh'));
      const h = registry.get('trichbao-official') as FakeHighlight;
      expect(h.ranges.map((r) => r.toString())).toEqual(['Trần Sỹ Thanh']);
      expect(document.body.innerHTML).toBe(before);
      painter.clear();
      expect(registry.size).toBe(0);
    } finally {
      win.CSS = saved.CSS;
      win.Highlight = saved.Highlight;
    }
  });
});

describe('utils/highlight/paint-highlights (with reader highlights)', () => {
  it('clearing entity marks leaves the reader\'s own marks in place', async () => {
    const { wrapRangeInMarks } = await import('../../../utils/highlight/mark-fallback');
    document.body.innerHTML = HTML;
    const painter = createPainter(document);
    const [user] = rangesFor(document.body, 'Bí thư Tỉnh ủy');
    wrapRangeInMarks(user!, 'user', 'trichbao-user');
    painter.paint('official', rangesFor(document.body, 'Trần Sỹ Thanh'));
    painter.clear();
    expect([...document.querySelectorAll('mark')].map((m) => m.getAttribute('data-trichbao-mark'))).toEqual(['user']);
  });
});
