import { advanceBlock, compilePattern } from './pattern-masks';

/** A text span aligned with a pattern and its edit distance. */
export interface AlignedSpan {
  start: number;
  end: number;
  errors: number;
}

/** Aligns a fixed pattern with text touching `anchor`; `slack` is how much longer than the pattern the span may be. */
export type AnchoredAligner = (text: string, anchor: number, slack: number) => AlignedSpan;

/**
 * Prepares the best alignment of `pattern` with a span that touches an anchor: ending there
 * (`'before'`) or starting there (`'after'`), the far end free. Myers's bit-vector columns run with
 * row 0 growing by one per character (an anchored start). The pattern is compiled once because
 * context is compared at every occurrence of a quote. Among equally good spans the one closest
 * to the pattern's length wins.
 */
export function anchoredAligner(pattern: string, side: 'before' | 'after'): AnchoredAligner {
  const m = pattern.length;
  const backwards = side === 'before';
  // Reading backwards means matching the pattern from its last character.
  const ordered = backwards ? Array.from({ length: m }, (_, i) => pattern[m - 1 - i]).join('') : pattern;
  const { blocks, symbol, eq, high } = compilePattern(ordered);
  const pv = new Int32Array(blocks);
  const mv = new Int32Array(blocks);

  return (text, anchor, slack) => {
    pv.fill(-1);
    mv.fill(0);
    const reach = m + Math.max(0, Math.floor(slack));
    let best: AlignedSpan = { start: anchor, end: anchor, errors: m };
    let bestLength = 0;
    let score = m;
    for (let length = 1; length <= reach; length++) {
      const at = backwards ? anchor - length : anchor + length - 1;
      if (at < 0 || at >= text.length) break;
      const base = symbol[text.charCodeAt(at)]! * blocks;
      let carry = 1;
      for (let b = 0; b < blocks; b++) carry = advanceBlock(pv, mv, b, eq[base + b]!, high[b]!, carry);
      score += carry;
      if (score < best.errors || (score === best.errors && Math.abs(length - m) < Math.abs(bestLength - m))) {
        best = backwards ? { start: anchor - length, end: anchor, errors: score } : { start: anchor, end: anchor + length, errors: score };
        bestLength = length;
      }
    }
    return best;
  };
}
