import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchorTarget } from '../../../utils/anchoring/anchor-target';
import { describeSpan } from '../../../utils/anchoring/describe-span';
import { foldText } from '../../../utils/anchoring/fold-text';
import type { UserHighlightTarget } from '../../../utils/anchoring/types';

// Pieces of our own news-like Vietnamese, glued at random: repeats and near-repeats are common.
const PIECES = [
  'Thủ tướng ', 'Chính phủ ', 'yêu cầu ', 'các bộ, ngành ', 'đẩy nhanh ', 'giải ngân ', 'vốn đầu tư công',
  '. ', ', ', '\n', 'Ủy ban nhân dân ', 'tỉnh Quảng Ngãi ', 'hòa giải ', 'ngày 30/6 ', '“thần tốc” ',
  'Nghị quyết số 57-NQ/TW ', 'Đoàn công tác ', 'kiểm tra ', 'tiến độ ', 'dự án ', 'cao tốc ', '\u00A0', '– ',
];
const news = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 40 }).map((parts) => parts.join(''));
const fold = (s: string): string => foldText(s).text;

/** A text and a span inside it. */
const spanIn = (text: fc.Arbitrary<string>) =>
  text.chain((t) =>
    fc.tuple(fc.constant(t), fc.nat(t.length), fc.nat(t.length)).map(([s, a, b]) => ({ text: s, start: Math.min(a, b), end: Math.max(a, b) })),
  );

describe('utils/anchoring/anchor-target (properties)', () => {
  it('never throws and stays inside the text, whatever the text and the target', () => {
    const selector = fc.oneof(
      fc.record({ type: fc.constant('TextPositionSelector'), start: fc.integer({ min: -5, max: 300 }), end: fc.integer({ min: -5, max: 300 }) }),
      fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.string({ unit: 'binary', maxLength: 40 }), prefix: fc.string({ maxLength: 8 }), suffix: fc.string({ maxLength: 8 }) }),
      fc.anything(),
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.array(selector, { maxLength: 3 }), (text, selectors) => {
        const anchor = anchorTarget(text, { selectors } as unknown as UserHighlightTarget);
        if (anchor) {
          expect(anchor.start).toBeGreaterThanOrEqual(0);
          expect(anchor.end).toBeLessThanOrEqual(text.length);
          expect(anchor.start).toBeLessThanOrEqual(anchor.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('anchors an unedited text back to exactly the described span', () => {
    fc.assert(
      fc.property(spanIn(fc.oneof(news, fc.string({ unit: 'binary', maxLength: 200 }))), ({ text, start, end }) => {
        expect(anchorTarget(text, describeSpan(text, start, end))).toEqual({ start, end, method: 'position' });
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same words again after text is inserted before them, NFC or NFD', () => {
    fc.assert(
      fc.property(spanIn(news), news, fc.boolean(), ({ text, start, end }, inserted, nfd) => {
        const stored = describeSpan(text, start, end);
        const page = (inserted + '\n' + text).normalize(nfd ? 'NFD' : 'NFC');
        const anchor = anchorTarget(page, stored);
        if (fold(text.slice(start, end)) === '') return;
        expect(anchor).not.toBeNull();
        expect(fold(page.slice(anchor!.start, anchor!.end))).toBe(fold(text.slice(start, end)));
      }),
      { numRuns: 200 },
    );
  });

  it('still anchors a long quote with one letter changed, on the edited words when they are unique', () => {
    fc.assert(
      fc.property(spanIn(news), fc.nat(), ({ text, start, end }, at) => {
        fc.pre(fold(text.slice(start, end)).length >= 20);
        const chars = Array.from(text.slice(start, end));
        const letters = chars.flatMap((c, i) => (/\p{L}/u.test(c) ? [i] : []));
        const i = letters[at % letters.length]!;
        chars[i] = 'ж';
        const edited = chars.join('');
        const page = 'Bản cập nhật.\n' + text.slice(0, start) + edited + text.slice(end);
        const anchor = anchorTarget(page, describeSpan(text, start, end));
        expect(anchor).not.toBeNull();
        const from = 14 + start;
        const to = from + edited.length;
        if (!fold(page).includes(fold(text.slice(start, end)))) {
          expect(anchor!.method).toBe('quote-fuzzy');
          expect(anchor!.start < to && anchor!.end > from).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
