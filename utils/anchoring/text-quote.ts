import type { TextQuoteSelector } from './types';

/** Builds a TextQuoteSelector for `[start, end)` with up to `contextLength` characters either side. */
export function describeQuote(text: string, start: number, end: number, contextLength = 32): TextQuoteSelector {
  let from = Math.max(0, start - contextLength);
  let to = Math.min(text.length, end + contextLength);
  // Never cut a surrogate pair in half: a lone surrogate would compare as garbage later.
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from += 1;
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to -= 1;
  return {
    type: 'TextQuoteSelector',
    exact: text.slice(start, end),
    prefix: text.slice(Math.min(from, start), start),
    suffix: text.slice(end, Math.max(to, end)),
  };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
