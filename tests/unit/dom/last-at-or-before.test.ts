import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastAtOrBefore, lastStartingAtOrBefore } from '../../../utils/dom/last-at-or-before';

/** The same answer by a linear scan. */
function linear(values: number[], x: number, from: number, to: number): number {
  let found = from - 1;
  for (let i = from; i < to; i++) if (values[i]! <= x) found = i;
  return found;
}

describe('utils/dom/last-at-or-before', () => {
  it.each([
    [[0, 5, 9], 0, 0],
    [[0, 5, 9], 4, 0],
    [[0, 5, 9], 5, 1],
    [[0, 5, 9], 100, 2],
    [[3, 5], 1, -1],
    [[], 1, -1],
  ])('finds in %j the last value at or before %d: %d', (values, x, want) => {
    expect(lastAtOrBefore(values, x)).toBe(want);
    expect(lastStartingAtOrBefore(values.map((start) => ({ start })), x)).toBe(want);
  });

  it('agrees with a linear scan on any sorted array and window', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(50)), fc.integer({ min: -5, max: 60 }), fc.nat(), fc.nat(), (raw, x, a, b) => {
        const values = [...raw].sort((p, q) => p - q);
        const from = values.length === 0 ? 0 : a % (values.length + 1);
        const to = from + (values.length === 0 ? 0 : b % (values.length - from + 1));
        expect(lastAtOrBefore(values, x, from, to)).toBe(linear(values, x, from, to));
      }),
    );
  });
});
