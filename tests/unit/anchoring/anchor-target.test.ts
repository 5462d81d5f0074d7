import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../../utils/anchoring/anchor-target';
import { describeSpan } from '../../../utils/anchoring/describe-span';
import type { UserHighlightTarget } from '../../../utils/anchoring/types';

// Our own news-like text; paragraphs joined with "\n" as utils/dom/text-index builds them.
const ARTICLE = [
  'Sáng 12/3, Ủy ban nhân dân thành phố tổ chức hội nghị sơ kết quý I về cải cách thủ tục hành chính.',
  'Phát biểu khai mạc, Chủ tịch thành phố yêu cầu các sở, ngành đẩy nhanh tiến độ giải ngân vốn đầu tư công, coi đây là nhiệm vụ trọng tâm của năm.',
  'Theo báo cáo, đến hết tháng Hai, thành phố mới giải ngân được 9,6% kế hoạch vốn được giao.',
  'Giám đốc Sở Kế hoạch và Đầu tư cho biết nguyên nhân chính là vướng mắc trong giải phóng mặt bằng tại ba dự án giao thông lớn.',
  'Kết luận hội nghị, Chủ tịch thành phố yêu cầu các sở, ngành hoàn thành rà soát trước ngày 30/6.',
].join('\n');

const QUOTE = 'đẩy nhanh tiến độ giải ngân vốn đầu tư công';

function target(text: string, quote: string, occurrence = 0): UserHighlightTarget {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(quote, start + 1);
  if (start < 0) throw new Error(`fixture: "${quote}" not found`);
  return describeSpan(text, start, start + quote.length);
}

describe('utils/anchoring/anchor-target', () => {
  it('re-anchors on an unchanged page by position', () => {
    const start = ARTICLE.indexOf(QUOTE);
    expect(anchorTarget(ARTICLE, target(ARTICLE, QUOTE))).toEqual({ start, end: start + QUOTE.length, method: 'position' });
  });

  it('finds the quote verbatim when text was inserted before it', () => {
    const page = 'Cập nhật lúc 10:45: bổ sung ý kiến của lãnh đạo thành phố.\n' + ARTICLE;
    const anchor = anchorTarget(page, target(ARTICLE, QUOTE));
    expect(anchor?.method).toBe('quote-exact');
    expect(anchor && page.slice(anchor.start, anchor.end)).toBe(QUOTE);
    expect(anchor?.start).toBe(page.indexOf(QUOTE));
  });

  it('uses prefix and suffix to pick the right one of repeated quotes', () => {
    const repeated = 'Chủ tịch thành phố yêu cầu các sở, ngành';
    const second = ARTICLE.lastIndexOf(repeated);
    const [, quote] = target(ARTICLE, repeated, 1).selectors;
    // Without the position, closeness would favour the first occurrence: only context can choose.
    const stored = { selectors: [quote] } as unknown as UserHighlightTarget;
    const page = 'Tin mới nhất. ' + ARTICLE;
    const anchor = anchorTarget(page, stored);
    expect(anchor).toEqual({ start: second + 14, end: second + 14 + repeated.length, method: 'quote-exact' });
  });

  it('prefers the occurrence nearest the old position when the contexts tie', () => {
    const line = 'Hà Nội mưa to. ';
    const text = line.repeat(6);
    const stored = describeSpan(text, line.length * 4, line.length * 4 + 6);
    const page = 'X' + text; // shifts every occurrence by one; contexts of the middle ones are identical
    expect(anchorTarget(page, stored)).toEqual({ start: line.length * 4 + 1, end: line.length * 4 + 7, method: 'quote-exact' });
  });

  it.each([
    ['a word changed', (t: string) => t.replace('đẩy nhanh tiến độ', 'đẩy mạnh tiến độ'), 'đẩy mạnh tiến độ giải ngân vốn đầu tư công'],
    ['a word added', (t: string) => t.replace('giải ngân vốn', 'giải ngân nguồn vốn'), 'đẩy nhanh tiến độ giải ngân nguồn vốn đầu tư công'],
    ['punctuation added', (t: string) => t.replace('vốn đầu tư công,', 'vốn đầu tư công;').replace('giải ngân vốn', 'giải ngân, vốn'), 'đẩy nhanh tiến độ giải ngân, vốn đầu tư công'],
    ['a typo fixed', (t: string) => t.replace('tiến độ', 'tiến đô'), 'đẩy nhanh tiến đô giải ngân vốn đầu tư công'],
  ])('anchors approximately after %s inside the quote', (_name, edit, expected) => {
    const page = 'Bài đã được cập nhật.\n' + edit(ARTICLE);
    const anchor = anchorTarget(page, target(ARTICLE, QUOTE));
    expect(anchor?.method).toBe('quote-fuzzy');
    expect(page.slice(anchor!.start, anchor!.end)).toBe(expected);
  });

  it('anchors a quote written with old-style tone marks (hoà, uỷ) approximately', () => {
    const quote = 'hoà giải thành tại Uỷ ban nhân dân xã';
    const text = `Sau ba buổi làm việc, hai bên đã ${quote} vào chiều thứ Sáu.`;
    const page = 'Cập nhật: ' + text.replace('hoà', 'hòa').replace('Uỷ', 'Ủy');
    const anchor = anchorTarget(page, target(text, quote));
    expect(anchor?.method).toBe('quote-fuzzy');
    expect(page.slice(anchor!.start, anchor!.end)).toBe('hòa giải thành tại Ủy ban nhân dân xã');
  });

  it('anchors exactly across NFD and NFC and returns offsets into the decomposed page', () => {
    const page = ARTICLE.normalize('NFD');
    const anchor = anchorTarget(page, target(ARTICLE, QUOTE));
    expect(anchor?.method).toBe('quote-exact');
    expect(page.slice(anchor!.start, anchor!.end).normalize('NFC')).toBe(QUOTE);
  });

  it('accepts the old position when the text there is the same after NFC', () => {
    const text = 'Điện trở 5 \u03A9 được thay.';
    const page = text.replace('\u03A9', '\u2126'); // OHM SIGN: same length, NFC turns it into omega
    expect(anchorTarget(page, target(text, '5 \u03A9'))).toEqual({ start: 9, end: 12, method: 'position' });
  });

  it('ignores reflowed whitespace: doubled spaces and a line break inside the quote', () => {
    const page = ARTICLE.replace('giải ngân vốn', 'giải  ngân\nvốn').replace('Sáng 12/3,', 'Sáng  12/3,');
    const anchor = anchorTarget(page, target(ARTICLE, QUOTE));
    expect(anchor?.method).toBe('quote-exact');
    expect(page.slice(anchor!.start, anchor!.end)).toBe('đẩy nhanh tiến độ giải  ngân\nvốn đầu tư công');
  });

  it.each([
    ['the passage was removed', (t: string) => t.replace(/Phát biểu khai mạc[^\n]*\n/, '')],
    ['the sentence was rewritten', (t: string) => t.replace(QUOTE, 'ưu tiên bố trí nguồn lực cho các công trình dang dở')],
    ['half the quote was replaced', (t: string) => t.replace('tiến độ giải ngân vốn', 'việc thanh toán khối lượng')],
    ['the page is empty', () => ''],
  ])('returns null (an orphan) when %s', (_name, edit) => {
    expect(anchorTarget(edit(ARTICLE), target(ARTICLE, QUOTE))).toBeNull();
  });

  it('does not move a short quote to an unrelated occurrence when its context is gone', () => {
    const text = 'Đoàn công tác đến Hà Giang kiểm tra tiến độ.\nSau đó đoàn làm việc với Hà Nam về quy hoạch.';
    const stored = target(text, 'Hà Giang');
    const page = 'Hôm qua, lãnh đạo tỉnh Hà Nam bàn về đê điều; tỉnh Hà Giang cũng gửi báo cáo về vụ lúa.';
    expect(anchorTarget(page, stored)).toBeNull();
  });

  it('finds a short quote again when its neighbours are unchanged', () => {
    const text = 'Đoàn công tác đến Hà Giang kiểm tra tiến độ.';
    const anchor = anchorTarget('Ngày 3/5, đoàn công tác đến Hà Giang kiểm tra tiến độ.', target(text, 'Hà Giang'));
    expect(anchor?.method).toBe('quote-exact');
  });

  describe('on a long page', () => {
    // 200 paragraphs of shuffled news words (deterministic), so that no two are alike.
    const words = 'thành phố tỉnh huyện xã dự án vốn đầu tư công giải ngân tiến độ kế hoạch báo cáo hội nghị chỉ đạo kiểm tra người dân doanh nghiệp thu hoạch lúa hạ tầng giao thông'.split(' ');
    let seed = 42;
    const pick = (): string => words[(seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % words.length]!;
    const paragraphs = Array.from({ length: 200 }, (_, i) => `Mục ${i + 1}: ` + Array.from({ length: 14 }, pick).join(' ') + '.');
    const text = paragraphs.join('\n');
    const original = paragraphs[149]!.slice(9, 70);
    const quote = original.slice(0, original.lastIndexOf(' '));
    const words150 = quote.split(' ');
    const edited = [...words150.slice(0, 4), 'rất', ...words150.slice(4)].join(' ');

    it('anchors an edited quote near its old place', () => {
      const page = 'Bảng tổng hợp.\n' + text.replace(quote, edited);
      const anchor = anchorTarget(page, target(text, quote));
      expect(anchor?.method).toBe('quote-fuzzy');
      expect(page.slice(anchor!.start, anchor!.end)).toBe(edited);
    });

    it('anchors an edited quote moved far from its old place', () => {
      const moved = paragraphs.filter((_, i) => i !== 149);
      moved.splice(5, 0, paragraphs[149]!.replace(quote, edited));
      const page = moved.join('\n');
      const anchor = anchorTarget(page, target(text, quote));
      expect(anchor?.method).toBe('quote-fuzzy');
      expect(anchor?.start).toBe(page.indexOf(edited));
      expect(page.slice(anchor!.start, anchor!.end)).toBe(edited);
    });

    // Thirty paragraphs (1,752 folded characters): longer than LONG_QUOTE, so only their ends are searched.
    const long = paragraphs.slice(100, 130).join('\n');
    const editEverywhere = (t: string): string =>
      t.replace('Mục 101:', 'Mục 101 -').replace('Mục 115:', 'Mục mười lăm:').replace(/\.$/, '!');

    it('anchors a very long quote edited at both ends and in the middle', () => {
      const page = 'Bảng tổng hợp.\n' + text.replace(long, editEverywhere(long));
      const anchor = anchorTarget(page, target(text, long));
      expect(anchor?.method).toBe('quote-fuzzy');
      expect(page.slice(anchor!.start, anchor!.end)).toBe(editEverywhere(long).replace(/!$/, ''));
    });

    it('orphans a very long quote whose second half was removed', () => {
      const page = text.replace(paragraphs.slice(115, 130).join('\n'), '');
      expect(anchorTarget(page, target(text, long))).toBeNull();
    });
  });

  it('picks the occurrence with intact context among hundreds of repeats of a short quote', () => {
    const lines = Array.from({ length: 400 }, (_, i) => (i === 300 ? 'Riêng hôm nay Hà Nội nắng đẹp suốt buổi chiều.' : 'Trời Hà Nội mưa to.'));
    const text = lines.join('\n');
    const at = text.indexOf('Hà Nội nắng');
    const stored = describeSpan(text, at, at + 6);
    const page = 'Dự báo thời tiết.\n'.repeat(300) + text;
    expect(anchorTarget(page, stored)).toEqual({ start: at + 18 * 300, end: at + 18 * 300 + 6, method: 'quote-exact' });
  });

  it('stays correct on a degenerate page where the quote occurs at every character', () => {
    const text = 'a'.repeat(60_000);
    const stored = describeSpan(text, 30_000, 30_100);
    const anchor = anchorTarget(text.slice(0, 30_050) + 'b' + text.slice(30_050), stored);
    expect(anchor?.method).toBe('quote-exact');
    expect(anchor!.end - anchor!.start).toBe(100);
    expect(Math.abs(anchor!.start - 30_000)).toBeLessThan(200);
  });

  it.each([
    ['no selectors', { selectors: [] }],
    ['garbage selectors', { selectors: [null, 3, 'x'] }],
    ['quote without strings', { selectors: [{ type: 'TextQuoteSelector', exact: 5 }] }],
    ['not an object', null],
    ['a whitespace-only quote out of place', describeSpan('a   b', 1, 3)],
  ])('returns null for a malformed target (%s)', (_name, bad) => {
    expect(anchorTarget('x a b c', bad as unknown as UserHighlightTarget)).toBeNull();
  });

  it('uses the quote alone when the position selector is missing', () => {
    const [, quote] = target(ARTICLE, QUOTE).selectors;
    const anchor = anchorTarget(ARTICLE, { selectors: [quote] } as unknown as UserHighlightTarget);
    expect(anchor?.method).toBe('quote-exact');
    expect(anchor?.start).toBe(ARTICLE.indexOf(QUOTE));
  });
});
