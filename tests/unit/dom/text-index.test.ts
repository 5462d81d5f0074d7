// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { rangeFromOffsets } from '../../../utils/dom/range-from-offsets';

function dom(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

describe('utils/dom/text-index', () => {
  it('concatenates inline text and separates blocks with a newline', () => {
    const root = dom('<p>Bí thư <b>Tỉnh ủy</b></p><p>Nguyễn Văn A</p>');
    expect(buildTextIndex(root).text).toBe('Bí thư Tỉnh ủy\nNguyễn Văn A');
  });

  it('breaks the text at <br> and list items', () => {
    const root = dom('<ul><li>một</li><li>hai</li></ul>ba<br>bốn');
    expect(buildTextIndex(root).text).toBe('một\nhai\nba\nbốn');
  });

  it.each([
    ['script', '<script>var a = "Nghị quyết 1";</script>'],
    ['style', '<style>.a{}</style>'],
    ['textarea', '<textarea>gõ ở đây</textarea>'],
    ['input', '<input value="x">'],
    ['code', '<code>57-NQ/TW</code>'],
    ['pre', '<pre>57-NQ/TW</pre>'],
    ['contenteditable', '<div contenteditable="true">soạn thảo</div>'],
    ['own UI', '<div data-trichbao-ui>thẻ</div>'],
  ])('skips %s', (_name, html) => {
    const root = dom(`<p>trước</p>${html}<p>sau</p>`);
    expect(buildTextIndex(root).text).toBe('trước\nsau');
  });

  it('maps offsets back to the page characters across inline elements', () => {
    const root = dom('<p>Đồng chí <a href="#">Trần Sỹ</a> Thanh phát biểu</p>');
    const index = buildTextIndex(root);
    const start = index.text.indexOf('Trần');
    const range = rangeFromOffsets(index, start, start + 'Trần Sỹ Thanh'.length);
    expect(range?.toString()).toBe('Trần Sỹ Thanh');
  });

  it('keeps decomposed (NFD) page text as it is, so offsets stay on the page characters', () => {
    const nfd = 'Ủy viên'.normalize('NFD');
    const root = dom(`<p>${nfd} Trung ương</p>`);
    const index = buildTextIndex(root);
    expect(index.text).toBe(`${nfd} Trung ương`);
    expect(rangeFromOffsets(index, 0, nfd.length)?.toString()).toBe(nfd);
  });

  it.each([
    [-1, 2],
    [3, 3],
    [0, 999],
  ])('returns no range for offsets %i..%i outside the text', (start, end) => {
    const index = buildTextIndex(dom('<p>abc</p>'));
    expect(rangeFromOffsets(index, start, end)).toBeNull();
  });
});
