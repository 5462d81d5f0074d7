import { describe, expect, it } from 'vitest';
import { foldText, toFoldedOffset } from '../../../utils/anchoring/fold-text';

/** The original text behind folded units [from, to). */
function origin(text: string, from: number, to: number): string {
  const folded = foldText(text);
  return text.slice(folded.starts[from], folded.ends[to - 1]);
}

describe('utils/anchoring/fold-text', () => {
  it.each([
    ['spaces and line breaks', 'Bộ  Tài\nchính \t ban hành', 'BộTàichínhbanhành'],
    ['no-break and zero-width spaces, soft hyphen', 'Quốc\u00A0hội\u200Bhọp\u00ADbàn', 'Quốchộihọpbàn'],
    ['dashes', 'A\u2013B\u2014C\u2212D', 'A-B-C-D'],
    ['curly quotes', '\u201Cxin\u201D \u2018chào\u2019 \u00ABbạn\u00BB', '"xin"\'chào\'"bạn"'],
    ['an ellipsis character', 'chờ\u2026', 'chờ...'],
    ['Eth typed for Đ', '\u00D0à N\u1EB5ng', 'ĐàNẵng'],
  ])('folds %s', (_name, text, folded) => {
    expect(foldText(text).text).toBe(folded);
  });

  it('composes decomposed Vietnamese letters', () => {
    const nfc = 'Nghị quyết về phát triển khoa học';
    expect(foldText(nfc.normalize('NFD')).text).toBe(foldText(nfc).text);
  });

  it('maps every folded unit back to the original characters behind it', () => {
    const text = 'Thủ  tướng\nchỉ đạo';
    const folded = foldText(text);
    expect(folded.text).toBe('Thủtướngchỉđạo');
    expect(origin(text, 0, 3)).toBe('Thủ');
    expect(origin(text, 3, 8)).toBe('tướng');
    expect(origin(text, 2, 4)).toBe('ủ  t');
  });

  it('maps a composed letter back to its whole decomposed cluster', () => {
    const text = 'Lế hội'.normalize('NFD');
    expect(text.slice(0, 4)).toBe('Le\u0302\u0301');
    const folded = foldText(text);
    expect(folded.text).toBe('Lếhội');
    expect(text.slice(folded.starts[1], folded.ends[1])).toBe('e\u0302\u0301');
  });

  it('keeps surrogate pairs whole', () => {
    const text = 'a 😀 b';
    const folded = foldText(text);
    expect(folded.text).toBe('a😀b');
    expect(text.slice(folded.starts[1], folded.ends[2])).toBe('😀');
  });

  it('gives the folded index of an original offset, skipping whitespace forwards', () => {
    const folded = foldText('ab  cd');
    expect([0, 1, 2, 3, 4, 5, 6].map((o) => toFoldedOffset(folded, o))).toEqual([0, 1, 2, 2, 2, 3, 4]);
  });
});
