// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { describeSelection } from '../../../utils/user-highlights/describe-selection';
import { placeHighlights } from '../../../utils/user-highlights/place-highlights';
import type { PageHighlight } from '../../../utils/user-highlights/payload-checks';

const PAGE = (article: string) =>
  `<header><p>Trang chủ · Thời sự</p></header><article id="a">${article}</article><footer><p>Đường dây nóng của tòa soạn: 0123 456 789.</p></footer>`;
const ARTICLE =
  '<p>Sáng 3/9, Ủy ban nhân dân thành phố <b>họp bàn</b> phương án chống ngập cho mùa mưa.</p>' +
  '<p>Sở Xây dựng đề xuất nạo vét 12 tuyến kênh trước tháng 10.</p>';

function load(html: string): { article: HTMLElement } {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  return { article: document.getElementById('a')! };
}

function select(root: Node, needle: string): Range {
  const index = buildTextIndex(root);
  const at = index.text.indexOf(needle);
  if (at < 0) throw new Error(needle);
  let i = 0;
  while (i + 1 < index.starts.length && index.starts[i + 1]! <= at) i++;
  let j = i;
  while (j + 1 < index.starts.length && index.starts[j + 1]! < at + needle.length) j++;
  const range = document.createRange();
  range.setStart(index.nodes[i]!, at - index.starts[i]!);
  range.setEnd(index.nodes[j]!, at + needle.length - index.starts[j]!);
  return range;
}

const body = () => buildTextIndex(document.body);

/** Describes a selection now and returns it as the store would hand it back later. */
function stored(id: number, range: Range, article: HTMLElement | null): PageHighlight {
  const d = describeSelection(range, article && buildTextIndex(article), body)!;
  return { id, ...d.draft };
}

describe('utils/user-highlights/describe-selection', () => {
  it('describes a selection in the article against the article text', () => {
    const { article } = load(PAGE(ARTICLE));
    const d = describeSelection(select(article, 'thành phố họp bàn phương án'), buildTextIndex(article), body)!;
    expect(d.draft.scope).toBe('article');
    expect(d.draft.target.selectors[1].exact).toBe('thành phố họp bàn phương án');
    expect(buildTextIndex(article).text.slice(d.start, d.end)).toBe('thành phố họp bàn phương án');
  });

  it('falls back to the page text for a selection outside the article', () => {
    const { article } = load(PAGE(ARTICLE));
    const d = describeSelection(select(document.body, 'Đường dây nóng'), buildTextIndex(article), body)!;
    expect(d.draft.scope).toBe('page');
    expect(body().text.slice(d.start, d.end)).toBe('Đường dây nóng');
  });

  it('uses the page text when the page has no article', () => {
    load(PAGE(ARTICLE));
    expect(describeSelection(select(document.body, 'Sở Xây dựng'), null, body)!.draft.scope).toBe('page');
  });

  it('gives null for a selection of white space only', () => {
    load('<p>một</p><p>   </p><p>hai</p>');
    const p = document.querySelectorAll('p')[1]!;
    const range = document.createRange();
    range.selectNodeContents(p);
    expect(describeSelection(range, null, body)).toBeNull();
  });
});

describe('utils/user-highlights/place-highlights', () => {
  it('places highlights on an unchanged page by position', () => {
    const { article } = load(PAGE(ARTICLE));
    const h = stored(1, select(article, 'nạo vét 12 tuyến kênh'), article);
    const placed = placeHighlights([h], buildTextIndex(article), body);
    expect(placed.anchored).toEqual([1]);
    expect(placed.ranges.map(String)).toEqual(['nạo vét 12 tuyến kênh']);
  });

  it('finds the quote again when text was inserted before it', () => {
    let { article } = load(PAGE(ARTICLE));
    const h = stored(1, select(article, 'nạo vét 12 tuyến kênh'), article);
    ({ article } = load(PAGE(`<p>Cập nhật lúc 10 giờ: thêm ý kiến của người dân.</p>${ARTICLE}`)));
    const placed = placeHighlights([h], buildTextIndex(article), body);
    expect(placed.ranges.map(String)).toEqual(['nạo vét 12 tuyến kênh']);
  });

  it('reports a passage removed from the page as an orphan and keeps placing the others', () => {
    let { article } = load(PAGE(ARTICLE));
    const gone = stored(1, select(article, 'nạo vét 12 tuyến kênh trước tháng 10'), article);
    const kept = stored(2, select(article, 'phương án chống ngập'), article);
    ({ article } = load(PAGE(ARTICLE.replace('đề xuất nạo vét 12 tuyến kênh trước tháng 10', 'chưa có ý kiến'))));
    const placed = placeHighlights([gone, kept], buildTextIndex(article), body);
    expect(placed).toMatchObject({ anchored: [2], orphans: [1] });
    expect(placed.ranges.map(String)).toEqual(['phương án chống ngập']);
  });

  it('finds an article highlight in the page text when the article is no longer detected', () => {
    const { article } = load(PAGE(ARTICLE));
    const h = stored(1, select(article, 'phương án chống ngập'), article);
    const placed = placeHighlights([h], null, body);
    expect(placed.ranges.map(String)).toEqual(['phương án chống ngập']);
  });

  it('places a page highlight outside the article', () => {
    const { article } = load(PAGE(ARTICLE));
    const h = stored(1, select(document.body, 'Đường dây nóng'), article);
    expect(h.scope).toBe('page');
    expect(placeHighlights([h], buildTextIndex(article), body).ranges.map(String)).toEqual(['Đường dây nóng']);
  });

  it('builds the page text only when a highlight needs it', () => {
    const { article } = load(PAGE(ARTICLE));
    const h = stored(1, select(article, 'họp bàn'), article);
    let built = 0;
    placeHighlights([h], buildTextIndex(article), () => (built++, body()));
    expect(built).toBe(0);
  });
});
