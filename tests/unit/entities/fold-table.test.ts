import { describe, expect, it } from 'vitest';
import { CLASS_TABLE, LETTER } from '../../../utils/entities/char-class';
import { FOLD_LATIN, FOLD_VIET } from '../../../utils/entities/fold-table';

// The tables are literals to spare the page load; these recompute them from Unicode so they cannot drift.
function fold(c: number): string {
  if (c === 0x111 || c === 0x110 || c === 0xd0 || c === 0xf0) return 'd';
  const ch = String.fromCharCode(c);
  const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return base.length === 1 && base !== ch ? base : ch.toLowerCase();
}

describe('utils/entities/fold-table', () => {
  it.each([
    ['U+00C0..U+024F', FOLD_LATIN, 0xc0, 0x24f],
    ['U+1E00..U+1EF9', FOLD_VIET, 0x1e00, 0x1ef9],
  ])('matches NFD folding over %s', (_label, table, from, to) => {
    expect(table).toHaveLength(to - from + 1);
    for (let c = from; c <= to; c++) expect([c.toString(16), table[c - from]]).toEqual([c.toString(16), fold(c)]);
  });

  it('classes every letter of other scripts below U+2000 as a letter, and nothing else', () => {
    for (let c = 0x370; c < 0x2000; c++) {
      expect([c.toString(16), CLASS_TABLE[c] === LETTER]).toEqual([c.toString(16), /\p{L}/u.test(String.fromCharCode(c))]);
    }
  });
});
