import { describePosition } from './text-position';
import { describeQuote } from './text-quote';
import type { UserHighlightTarget } from './types';

/** Describes the selection `[start, end)` of `text` with both selectors; out-of-range offsets are clamped. */
export function describeSpan(text: string, start: number, end: number, contextLength = 32): UserHighlightTarget {
  const clamp = (n: number): number => (Number.isFinite(n) ? Math.min(Math.max(Math.trunc(n), 0), text.length) : 0);
  let a = clamp(start);
  let b = clamp(end);
  if (b < a) [a, b] = [b, a];
  const context = Number.isFinite(contextLength) ? Math.max(0, Math.trunc(contextLength)) : 32;
  return { selectors: [describePosition(a, b), describeQuote(text, a, b, context)] };
}
