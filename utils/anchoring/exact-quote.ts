import { quoteJudge, rankMatch, type QuoteContext, type QuoteMatch } from './quote-judge';

/** The best verbatim occurrence of `quote` in the folded `text`, chosen by context and closeness. */
export function findExactQuote(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  const m = quote.length;
  if (m === 0) return null;
  const judge = quoteJudge(text, quote, context);
  let best: QuoteMatch | null = null;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const c = judge.context(at, at + m);
    if (!judge.supported(c)) continue;
    const score = rankMatch(1, c, judge.closeness(at));
    if (!best || score > best.score) best = { start: at, end: at + m, exact: true, score };
  }
  return best;
}
