import { quoteJudge, rankMatch, type QuoteContext, type QuoteMatch } from './quote-judge';

/** Occurrences whose context is compared in full; past this, a cheaper pre-selection runs first. */
const MAX_SCORED = 256;
/** Occurrences collected at most; a degenerate page (one letter repeated) could have one per character. */
const MAX_OCCURRENCES = 10_000;

/** The best verbatim occurrence of `quote` in the folded `text`, chosen by context and closeness. */
export function findExactQuote(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  const m = quote.length;
  if (m === 0) return null;
  let occurrences = collect(text, quote, context.hint);
  if (occurrences.length > MAX_SCORED) {
    // A short quote in a long page, or a repetitive page: comparing every context would cost
    // seconds. Occurrences with their context intact verbatim come first, then nearness.
    const { prefix, suffix } = context;
    const intact = occurrences.filter(
      (at) => at >= prefix.length && text.startsWith(prefix, at - prefix.length) && text.startsWith(suffix, at + m),
    );
    occurrences = nearest(intact.length > 0 ? intact : occurrences, context.hint, MAX_SCORED);
  }
  const judge = quoteJudge(text, quote, context);
  let best: QuoteMatch | null = null;
  for (const at of occurrences) {
    const c = judge.context(at, at + m);
    if (!judge.supported(c)) continue;
    const score = rankMatch(1, c, judge.closeness(at));
    if (!best || score > best.score) best = { start: at, end: at + m, exact: true, score };
  }
  return best;
}

/** Offsets of `quote` in `text`, ascending: all of them, or if there are too many, those around `hint`. */
function collect(text: string, quote: string, hint: number): number[] {
  const all: number[] = [];
  for (let at = text.indexOf(quote); at >= 0 && all.length < MAX_OCCURRENCES; at = text.indexOf(quote, at + 1)) all.push(at);
  if (all.length < MAX_OCCURRENCES) return all;
  const before: number[] = [];
  const from = Math.min(Math.max(0, hint), text.length);
  for (let at = from > 0 ? text.lastIndexOf(quote, from - 1) : -1; at >= 0 && before.length < MAX_OCCURRENCES / 2; at = at > 0 ? text.lastIndexOf(quote, at - 1) : -1) {
    before.push(at);
  }
  const after: number[] = [];
  for (let at = text.indexOf(quote, from); at >= 0 && after.length < MAX_OCCURRENCES / 2; at = text.indexOf(quote, at + 1)) after.push(at);
  return before.reverse().concat(after);
}

/** The `count` values of ascending `sorted` nearest to `hint`. */
function nearest(sorted: number[], hint: number, count: number): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < hint) lo = mid + 1;
    else hi = mid;
  }
  let left = lo - 1;
  let right = lo;
  const picked: number[] = [];
  while (picked.length < count && (left >= 0 || right < sorted.length)) {
    const takeLeft = right >= sorted.length || (left >= 0 && hint - sorted[left]! <= sorted[right]! - hint);
    picked.push(takeLeft ? sorted[left--]! : sorted[right++]!);
  }
  return picked;
}
