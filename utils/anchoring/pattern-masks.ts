/**
 * Myers's bit-vector edit distance (1999), in Hyyrö's formulation, one 32-row block at a time:
 * the pattern's rows are split into blocks of 32 bits, and a block's column is advanced with a
 * handful of word operations instead of 32 cell updates.
 */

/** Pattern rows per block (bits of an int32). */
export const BLOCK = 32;

/** The pattern's match masks: for each symbol, which rows of each block hold it. */
export interface PatternMasks {
  /** Pattern length m. */
  length: number;
  /** ceil(m / 32), at least 1. */
  blocks: number;
  /** Symbol number of each UTF-16 code unit; 0 for units absent from the pattern. */
  symbol: Uint16Array;
  /** `eq[symbol * blocks + b]`: rows of block `b` that equal the symbol. Symbol 0's row is all zeros. */
  eq: Int32Array;
  /** `high[b]`: the bit of block `b`'s last row. */
  high: Int32Array;
}

/** Builds the match masks of `pattern`. */
export function compilePattern(pattern: string): PatternMasks {
  const m = pattern.length;
  const blocks = Math.max(1, Math.ceil(m / BLOCK));
  const symbol = new Uint16Array(65536);
  let symbols = 1;
  for (let i = 0; i < m; i++) {
    const c = pattern.charCodeAt(i);
    if (symbol[c] === 0) symbol[c] = symbols++;
  }
  const eq = new Int32Array(symbols * blocks);
  for (let i = 0; i < m; i++) {
    const s = symbol[pattern.charCodeAt(i)]!;
    eq[s * blocks + ((i / BLOCK) | 0)]! |= 1 << i % BLOCK;
  }
  const high = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) {
    const rows = Math.min(BLOCK, m - b * BLOCK);
    high[b] = rows > 0 ? 1 << (rows - 1) : 0;
  }
  return { length: m, blocks, symbol, eq, high };
}

/**
 * Advances block `b` by one text column. `pv`/`mv` hold the block's vertical +1/-1 deltas and are
 * updated in place; `hin` is the horizontal delta entering the block's top row (-1, 0 or +1).
 * Returns the horizontal delta leaving its last row.
 */
export function advanceBlock(pv: Int32Array, mv: Int32Array, b: number, eqBits: number, high: number, hin: number): number {
  const p = pv[b]!;
  const m = mv[b]!;
  // A -1 entering from above acts on the top row as a match would.
  const eq = hin < 0 ? eqBits | 1 : eqBits;
  const xv = eq | m;
  const xh = (((eq & p) + p) ^ p) | eq;
  let ph = m | ~(xh | p);
  let mh = p & xh;
  const hout = ph & high ? 1 : mh & high ? -1 : 0;
  ph <<= 1;
  mh <<= 1;
  if (hin < 0) mh |= 1;
  else if (hin > 0) ph |= 1;
  pv[b] = mh | ~(xv | ph);
  mv[b] = ph & xv;
  return hout;
}
