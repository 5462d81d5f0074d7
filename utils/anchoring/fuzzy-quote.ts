import { anchoredAligner } from './align-anchored';
import { approxSearch, type ApproxEnd } from './approx-search';
import { MAX_ERROR_RATE, MIN_FUZZY_SCORE, quoteJudge, rankMatch, type QuoteContext, type QuoteMatch } from './quote-judge';

/** Folded characters either side of the old place searched first. */
const NEAR = 2048;
/** A match found near the old place is taken without a whole-text search when it is at least this good. */
const NEAR_MAX_ERROR_RATE = 0.1;
/** Fuzzy candidates examined closely, the fewest errors first. */
const MAX_CANDIDATES = 32;

/**
 * The best span of the folded `text` within a few edits of `quote` (see MAX_ERROR_RATE and
 * MIN_FUZZY_SCORE), ranked by similarity, context and closeness; null when none is convincing.
 */
export function findFuzzyQuote(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  const m = quote.length;
  const k = Math.floor(m * MAX_ERROR_RATE);
  if (k < 1 || text.length === 0) return null;
  const judge = quoteJudge(text, quote, context);
  const alignBefore = anchoredAligner(quote, 'before');
  const search = (from: number, to: number): QuoteMatch | null => {
    let found: QuoteMatch | null = null;
    for (const candidate of pickEnds(approxSearch(text, quote, k, from, to), m, context.hint + m)) {
      const span = alignBefore(text, candidate.end, k);
      const similarity = 1 - span.errors / m;
      const c = judge.context(span.start, span.end);
      if (similarity + 0.1 * ((c.prefix + c.suffix) / 2) < MIN_FUZZY_SCORE || !judge.supported(c)) continue;
      const score = rankMatch(similarity, c, judge.closeness(span.start));
      if (!found || score > found.score) found = { start: span.start, end: span.end, exact: false, score };
    }
    return found;
  };
  // Edits rarely move a passage far: a clearly good match near the old place ends the search
  // without reading a long page to its end.
  const from = Math.max(0, context.hint - NEAR);
  const to = Math.min(text.length, context.hint + m + k + NEAR);
  if (from > 0 || to < text.length) {
    const near = search(from, to);
    if (near && near.score >= rankMatch(1 - NEAR_MAX_ERROR_RATE, { prefix: 0.75, suffix: 0.75 }, 0)) return near;
  }
  return search(0, text.length);
}

/**
 * One end per match: ends within half a quote of a group's first end belong to the same match,
 * whose fewest-errors end stands for it. Then the best groups, fewest errors and nearest first.
 */
function pickEnds(ends: ApproxEnd[], m: number, hintEnd: number): ApproxEnd[] {
  const width = Math.max(1, Math.floor(m / 2));
  const groups: ApproxEnd[] = [];
  let first = -Infinity;
  for (const e of ends) {
    const current = groups[groups.length - 1];
    if (current && e.end - first < width) {
      if (e.errors < current.errors) groups[groups.length - 1] = e;
    } else {
      groups.push(e);
      first = e.end;
    }
  }
  groups.sort((a, b) => a.errors - b.errors || Math.abs(a.end - hintEnd) - Math.abs(b.end - hintEnd));
  return groups.slice(0, MAX_CANDIDATES);
}
