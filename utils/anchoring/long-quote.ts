import { findFuzzyQuote } from './fuzzy-quote';
import { MAX_ERROR_RATE, type QuoteContext, type QuoteMatch } from './quote-judge';

/** Folded characters at each end of a long quote that are searched for. */
export const QUOTE_END = 256;

/**
 * Finds an edited long quote by its two ends: the first and last QUOTE_END characters are each
 * matched approximately (with the quote's own neighbouring text as context), and accepted when
 * they enclose a span within MAX_ERROR_RATE of the quote's length. Edits in the middle are not
 * scored; the point is a cost that does not grow with the quote (a whole-quote search would be
 * O(n · m / 32) per text and per candidate).
 */
export function findLongQuote(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  const m = quote.length;
  if (m < 2 * QUOTE_END) return null;
  const head = findFuzzyQuote(text, quote.slice(0, QUOTE_END), {
    prefix: context.prefix,
    suffix: quote.slice(QUOTE_END, QUOTE_END + 32),
    hint: context.hint,
  });
  if (!head) return null;
  const tail = findFuzzyQuote(text, quote.slice(m - QUOTE_END), {
    prefix: quote.slice(m - QUOTE_END - 32, m - QUOTE_END),
    suffix: context.suffix,
    hint: head.start + m - QUOTE_END,
  });
  if (!tail || tail.start < head.end) return null;
  if (Math.abs(tail.end - head.start - m) > m * MAX_ERROR_RATE) return null;
  return { start: head.start, end: tail.end, exact: false, score: (head.score + tail.score) / 2 };
}
