import { findExactQuote } from './exact-quote';
import { findFuzzyQuote } from './fuzzy-quote';
import { findLongQuote } from './long-quote';
import type { QuoteContext, QuoteMatch } from './quote-judge';

export type { QuoteContext, QuoteMatch } from './quote-judge';

/** Quotes longer than this (folded) are matched approximately by their ends only (see findLongQuote). */
export const LONG_QUOTE = 1024;

/** Finds `quote` in the folded `text`: verbatim first, then within a few edits; null when nothing is convincing. */
export function matchQuote(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  const exact = findExactQuote(text, quote, context);
  if (exact) return exact;
  return quote.length > LONG_QUOTE ? findLongQuote(text, quote, context) : findFuzzyQuote(text, quote, context);
}
