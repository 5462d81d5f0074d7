import type { TextPositionSelector } from './types';

/** Builds a TextPositionSelector for `[start, end)`. */
export function describePosition(start: number, end: number): TextPositionSelector {
  return { type: 'TextPositionSelector', start, end };
}

/**
 * True when the stored offsets still hold the stored quote. Compared on NFC because a page may
 * serve the same letters composed on one visit and decomposed on the next.
 */
export function positionHoldsQuote(text: string, selector: TextPositionSelector, exact: string): boolean {
  const { start, end } = selector;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return false;
  if (start < 0 || end < start || end > text.length) return false;
  const here = text.slice(start, end);
  return here === exact || here.normalize('NFC') === exact.normalize('NFC');
}
