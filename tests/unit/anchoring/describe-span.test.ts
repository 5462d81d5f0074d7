import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../utils/anchoring/describe-span';

const TEXT = 'Chiều 5/4, Ủy ban nhân dân tỉnh họp bàn kế hoạch chống ngập cho mùa mưa năm nay.';

describe('utils/anchoring/describe-span', () => {
  it('stores the position and the quote with context on both sides', () => {
    const start = TEXT.indexOf('kế hoạch');
    const target = describeSpan(TEXT, start, start + 8, 10);
    expect(target.selectors).toEqual([
      { type: 'TextPositionSelector', start, end: start + 8 },
      { type: 'TextQuoteSelector', exact: 'kế hoạch', prefix: 'h họp bàn ', suffix: ' chống ngậ' },
    ]);
  });

  it('uses 32 characters of context by default', () => {
    const start = TEXT.indexOf('chống');
    const [, quote] = describeSpan(TEXT, start, start + 5).selectors;
    expect(quote.prefix).toBe(TEXT.slice(start - 32, start));
    expect(quote.suffix).toBe(TEXT.slice(start + 5, start + 37));
  });

  it('cuts the context short at the edges of the text', () => {
    const [, quote] = describeSpan(TEXT, 0, 5).selectors;
    expect(quote.prefix).toBe('');
    const [, last] = describeSpan(TEXT, TEXT.length - 4, TEXT.length).selectors;
    expect(last.suffix).toBe('');
    expect(last.exact).toBe('nay.');
  });

  it.each([
    ['negative start', -5, 3, 0, 3],
    ['end past the text', 70, 999, 70, TEXT.length],
    ['swapped offsets', 12, 4, 4, 12],
    ['NaN', Number.NaN, 4, 0, 4],
    ['fractions', 2.7, 6.2, 2, 6],
  ])('clamps and orders bad offsets (%s)', (_name, start, end, a, b) => {
    const [position, quote] = describeSpan(TEXT, start, end).selectors;
    expect([position.start, position.end]).toEqual([a, b]);
    expect(quote.exact).toBe(TEXT.slice(a, b));
  });

  it('never cuts a surrogate pair in the context', () => {
    const text = '😀😀😀 Hà Nội 😀😀😀';
    const start = text.indexOf('Hà');
    const [, quote] = describeSpan(text, start, start + 6, 4).selectors;
    for (const side of [quote.prefix, quote.suffix]) {
      expect(side).toBe(side.normalize()); // a lone surrogate would not survive a round trip
      expect(Array.from(side).every((ch) => ch.length === 2 || ch.codePointAt(0)! < 0xd800)).toBe(true);
    }
    expect(quote.prefix).toBe('😀 ');
    expect(quote.suffix).toBe(' 😀');
  });
});
