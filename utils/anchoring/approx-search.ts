import { BLOCK, advanceBlock, compilePattern } from './pattern-masks';

/** A place where the pattern ends with at most the allowed number of edits. */
export interface ApproxEnd {
  /** Offset just past the match's last character. */
  end: number;
  /** Edit distance between the pattern and the best text span ending at `end`. */
  errors: number;
}

/**
 * Every offset in `text[from, to)` where some span of that range ending there is within
 * `maxErrors` edits of `pattern` (insertions, deletions, substitutions). Only the blocks that can still hold a value within
 * `maxErrors` are advanced (Ukkonen's cut-off), so the cost is about n · (k / 32 + 1) word steps.
 */
export function approxSearch(text: string, pattern: string, maxErrors: number, from = 0, to = text.length): ApproxEnd[] {
  const m = pattern.length;
  const found: ApproxEnd[] = [];
  const k = Math.floor(maxErrors);
  if (m === 0 || k < 0) return found;
  const { blocks, symbol, eq, high } = compilePattern(pattern);
  const last = blocks - 1;
  const pv = new Int32Array(blocks).fill(-1);
  const mv = new Int32Array(blocks);
  // score[b]: the distance in block b's last row for the current column; column 0 is D[i] = i.
  const score = new Int32Array(blocks);
  for (let b = 0; b < blocks; b++) score[b] = Math.min((b + 1) * BLOCK, m);
  // Blocks whose first row starts above k+1 hold nothing within k yet.
  let y = k >= 1 ? Math.min(last, Math.floor((k - 1) / BLOCK)) : 0;
  const start = Math.max(0, Math.floor(from));
  const stop = Math.min(text.length, Math.floor(to));
  if (k >= m) found.push({ end: start, errors: m });

  for (let j = start; j < stop; j++) {
    const base = symbol[text.charCodeAt(j)]! * blocks;
    let carry = 0;
    for (let b = 0; b <= y; b++) {
      // advanceBlock (pattern-masks.ts) written out: this loop is the whole cost of a fuzzy search.
      const p = pv[b]!;
      const mb = mv[b]!;
      const hb = high[b]!;
      const e = carry < 0 ? eq[base + b]! | 1 : eq[base + b]!;
      const xv = e | mb;
      const xh = (((e & p) + p) ^ p) | e;
      const ph = mb | ~(xh | p);
      const mh = p & xh;
      const shiftedPh = (ph << 1) | (carry > 0 ? 1 : 0);
      const shiftedMh = (mh << 1) | (carry < 0 ? 1 : 0);
      pv[b] = shiftedMh | ~(xv | shiftedPh);
      mv[b] = shiftedPh & xv;
      carry = (ph & hb) !== 0 ? 1 : (mh & hb) !== 0 ? -1 : 0;
      score[b]! += carry;
    }
    const before = score[y]! - carry;
    if (y < last && (score[y]! + 1 <= k || (before <= k && (eq[base + y + 1]! & 1) !== 0))) {
      // The next block's top row can now be within k: start it from the previous column as if
      // every row below were one more than the row above (an over-estimate, which is harmless
      // because those cells were all above k).
      y += 1;
      pv[y] = -1;
      mv[y] = 0;
      score[y] = before + Math.min(BLOCK, m - y * BLOCK);
      score[y]! += advanceBlock(pv, mv, y, eq[base + y]!, high[y]!, carry);
    } else {
      // A block whose last row is k + 32 or more has every row above k: stop advancing it.
      while (y > 0 && score[y]! >= k + BLOCK) y -= 1;
    }
    if (y === last && score[last]! <= k) found.push({ end: j + 1, errors: score[last]! });
  }
  return found;
}
