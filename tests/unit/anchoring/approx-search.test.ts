import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { approxSearch } from '../../../utils/anchoring/approx-search';
import { anchoredAligner } from '../../../utils/anchoring/align-anchored';

/** Textbook dynamic programme: distance of the best span of `text` ending at each offset. */
function naiveEnds(text: string, pattern: string, k: number): Array<{ end: number; errors: number }> {
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  const found = column[pattern.length]! <= k ? [{ end: 0, errors: column[pattern.length]! }] : [];
  for (let j = 0; j < text.length; j++) {
    const next = [0];
    for (let i = 1; i <= pattern.length; i++) {
      const diagonal = column[i - 1]! + (pattern[i - 1] === text[j] ? 0 : 1);
      next[i] = Math.min(diagonal, column[i]! + 1, next[i - 1]! + 1);
    }
    column = next;
    if (column[pattern.length]! <= k) found.push({ end: j + 1, errors: column[pattern.length]! });
  }
  return found;
}


function wholeDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1), row[j]! + 1, next[j - 1]! + 1);
    row = next;
  }
  return row[b.length]!;
}

// Small alphabets make near-matches common, and long patterns cross several 32-row blocks.
const word = (max: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: max });

describe('utils/anchoring/approx-search', () => {
  it('finds a word with one letter changed, and where it ends', () => {
    const text = 'Ông Nguyễn Văn Hùng phát biểu';
    expect(approxSearch(text, 'Nguyễn Văn Hưng', 1)).toEqual([{ end: text.indexOf(' phát'), errors: 1 }]);
  });

  it('reports nothing when every span needs more edits than allowed', () => {
    expect(approxSearch('Bộ Tài chính', 'Bộ Công Thương', 3)).toEqual([]);
  });

  it('finds exact occurrences with zero errors', () => {
    expect(approxSearch('ab ab ab', 'ab', 0).map((e) => e.end)).toEqual([2, 5, 8]);
  });

  it('agrees with the dynamic programme, patterns up to five blocks long', () => {
    fc.assert(
      fc.property(word(300), word(150), fc.nat(60), (text, pattern, k) => {
        expect(approxSearch(text, pattern, k)).toEqual(pattern.length === 0 ? [] : naiveEnds(text, pattern, k));
      }),
      { numRuns: 300 },
    );
  });
});

describe('utils/anchoring/align-anchored', () => {
  it('finds where a quote ending at a known offset starts, despite an insertion', () => {
    const text = 'Hội nghị lần thứ mười một đã bế mạc';
    const end = text.indexOf(' đã');
    const span = anchoredAligner('lần thứ mười', 'before')(text, end, 5);
    expect(text.slice(span.start, span.end)).toBe('lần thứ mười một');
    expect(span.errors).toBe(4);
  });

  it.each(['before', 'after'] as const)('gives the best distance among spans touching the anchor (%s)', (side) => {
    fc.assert(
      fc.property(word(80), word(70), fc.nat(80), fc.nat(10), (text, pattern, at, slack) => {
        const anchor = Math.min(at, text.length);
        const span = anchoredAligner(pattern, side)(text, anchor, slack);
        let best = Infinity;
        for (let length = 0; length <= pattern.length + slack; length++) {
          const from = side === 'before' ? anchor - length : anchor;
          const to = side === 'before' ? anchor : anchor + length;
          if (from < 0 || to > text.length) break;
          best = Math.min(best, wholeDistance(text.slice(from, to), pattern));
        }
        expect(span.errors).toBe(best);
        expect(wholeDistance(text.slice(span.start, span.end), pattern)).toBe(span.errors);
        expect(side === 'before' ? span.end : span.start).toBe(anchor);
      }),
      { numRuns: 300 },
    );
  });
});
