// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { offsetsFromRange } from '../../../utils/dom/offsets-from-range';
import { rangeFromOffsets } from '../../../utils/dom/range-from-offsets';

const HTML =
  '<h1>Tỉnh ủy họp</h1><p>Bí thư <b>Tỉnh ủy</b> chủ trì, <i>Chủ tịch <u>UBND</u></i> dự.</p>' +
  '<script>var x = "bỏ qua";</script><p>Đoạn <span aria-hidden="true">ẩn</span>cuối bài.</p>';

function setup(): { root: HTMLElement; before: HTMLElement; after: HTMLElement } {
  const parsed = new DOMParser().parseFromString(`<body><p id="before">Trước bài</p><div id="root">${HTML}</div><p id="after">Sau bài</p></body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return { root: document.getElementById('root')!, before: document.getElementById('before')!, after: document.getElementById('after')! };
}

function rangeOf(startNode: Node, startOffset: number, endNode: Node, endOffset: number): Range {
  const r = document.createRange();
  r.setStart(startNode, startOffset);
  r.setEnd(endNode, endOffset);
  return r;
}

describe('utils/dom/offsets-from-range', () => {
  it('inverts rangeFromOffsets for every span of the text', () => {
    const { root } = setup();
    const index = buildTextIndex(root);
    let checked = 0;
    for (let start = 0; start < index.text.length; start++) {
      for (let end = start + 1; end <= index.text.length; end++) {
        const range = rangeFromOffsets(index, start, end);
        if (!range) continue;
        expect(offsetsFromRange(index, range)).toEqual({ start, end });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('maps a selection across inline elements to the text it shows', () => {
    const { root } = setup();
    const index = buildTextIndex(root);
    const b = root.querySelector('b')!.firstChild!;
    const u = root.querySelector('u')!.firstChild!;
    const offsets = offsetsFromRange(index, rangeOf(b, 0, u, 4))!;
    expect(index.text.slice(offsets.start, offsets.end)).toBe('Tỉnh ủy chủ trì, Chủ tịch UBND');
  });

  it.each([
    ['whole elements (element boundaries)', (root: HTMLElement) => rangeOf(root, 1, root, 2), 'Bí thư Tỉnh ủy chủ trì, Chủ tịch UBND dự.'],
    ['a start inside skipped script text', (root: HTMLElement) => rangeOf(root.querySelector('script')!.firstChild!, 3, root.lastChild!.lastChild!, 4), 'Đoạn cuối'],
    ['a selection that begins before the root', (root: HTMLElement) => rangeOf(document.getElementById('before')!.firstChild!, 2, root.querySelector('h1')!.firstChild!, 4), 'Tỉnh'],
    ['a selection that ends after the root', (root: HTMLElement) => rangeOf(root.lastChild!.lastChild!, 0, document.getElementById('after')!.firstChild!, 3), 'cuối bài.'],
  ])('clips %s to indexed text', (_name, make, expected) => {
    const { root } = setup();
    const index = buildTextIndex(root);
    const offsets = offsetsFromRange(index, make(root));
    expect(offsets && index.text.slice(offsets.start, offsets.end)).toBe(expected);
  });

  it.each([
    ['a collapsed range', () => { const r = document.createRange(); r.setStart(document.querySelector('b')!.firstChild!, 2); return r; }],
    ['a range wholly before the root', () => rangeOf(document.getElementById('before')!.firstChild!, 0, document.getElementById('before')!.firstChild!, 5)],
    ['a range wholly after the root', () => rangeOf(document.getElementById('after')!.firstChild!, 0, document.getElementById('after')!.firstChild!, 3)],
    ['a range inside skipped text only', () => rangeOf(document.querySelector('script')!.firstChild!, 0, document.querySelector('script')!.firstChild!, 5)],
    ['a range in another document', () => { const other = document.implementation.createHTMLDocument('x'); other.body.textContent = 'khác'; return rangeOf(other.body.firstChild!, 0, other.body.firstChild!, 3); }],
  ])('gives null for %s', (_name, make) => {
    const { root } = setup();
    expect(offsetsFromRange(buildTextIndex(root), make())).toBeNull();
  });

  it('gives null on an empty index', () => {
    setup();
    const empty = document.createElement('div');
    expect(offsetsFromRange(buildTextIndex(empty), rangeOf(document.getElementById('after')!.firstChild!, 0, document.getElementById('after')!.firstChild!, 3))).toBeNull();
  });
});
