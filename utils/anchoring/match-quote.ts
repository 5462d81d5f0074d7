import { anchoredAligner } from './align-anchored';
import { approxSearch, type ApproxEnd } from './approx-search';
import { contextScorer, type ContextSimilarity } from './context-similarity';

/** Where a quote was found in a folded text (folded offsets). */
export interface QuoteMatch {
  start: number;
  end: number;
  /** True when the quote occurs verbatim (after folding). */
  exact: boolean;
  /** The ranking score: quote 50, prefix 20, suffix 20, closeness to the hint 2. */
  score: number;
}

/** What else is known about the quote's place: folded prefix and suffix, and its old folded offset. */
export interface QuoteContext {
  prefix: string;
  suffix: string;
  hint: number;
}

/** Share of the quote that may be edited: the search bound (with perfect context) for fuzzy matches. */
export const MAX_ERROR_RATE = 0.2;
/** A fuzzy match must reach this: quote similarity + 0.1 × mean context similarity (so 90 % alone, 80 % in context). */
export const MIN_FUZZY_SCORE = 0.9;
/** Quotes shorter than this (folded) occur by chance: they need one side of context at least half right. */
export const SHORT_QUOTE = 16;
/** Folded characters either side of the old place searched first. */
const NEAR = 2048;
/** A match found near the old place is taken without a whole-text search when it is at least this good. */
const NEAR_MAX_ERROR_RATE = 0.1;
/** Fuzzy candidates examined closely, the fewest errors first. */
const MAX_CANDIDATES = 32;

const rank = (quote: number, c: ContextSimilarity, closeness: number): number =>
  50 * quote + 20 * c.prefix + 20 * c.suffix + 2 * closeness;

/** Finds `quote` in the folded `text`: verbatim first, then within a few edits; null when nothing is convincing. */
export function matchQuote(text: string, quote: string, context: QuoteContext): QuoteMatch | null {
  const m = quote.length;
  if (m === 0 || text.length === 0) return null;
  const scoreContext = contextScorer(context.prefix, context.suffix);
  const closeness = (start: number): number => 1 - Math.min(1, Math.abs(start - context.hint) / text.length);
  const supported = (c: ContextSimilarity): boolean => m >= SHORT_QUOTE || Math.max(c.prefix, c.suffix) >= 0.5;

  let best: QuoteMatch | null = null;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
    const c = scoreContext(text, at, at + m);
    if (!supported(c)) continue;
    const score = rank(1, c, closeness(at));
    if (!best || score > best.score) best = { start: at, end: at + m, exact: true, score };
  }
  if (best) return best;

  const k = Math.floor(m * MAX_ERROR_RATE);
  if (k < 1) return null;
  const alignBefore = anchoredAligner(quote, 'before');
  const fuzzy = (from: number, to: number): QuoteMatch | null => {
    let found: QuoteMatch | null = null;
    for (const candidate of pickEnds(approxSearch(text, quote, k, from, to), m, context.hint + m)) {
      const span = alignBefore(text, candidate.end, k);
      const similarity = 1 - span.errors / m;
      const c = scoreContext(text, span.start, span.end);
      if (similarity + 0.1 * ((c.prefix + c.suffix) / 2) < MIN_FUZZY_SCORE || !supported(c)) continue;
      const score = rank(similarity, c, closeness(span.start));
      if (!found || score > found.score) found = { start: span.start, end: span.end, exact: false, score };
    }
    return found;
  };
  // Edits rarely move a passage far: a clearly good match near the old place ends the search
  // without reading a long page to its end.
  const from = Math.max(0, context.hint - NEAR);
  const to = Math.min(text.length, context.hint + m + k + NEAR);
  if (from > 0 || to < text.length) {
    const near = fuzzy(from, to);
    if (near && near.score >= rank(1 - NEAR_MAX_ERROR_RATE, { prefix: 0.75, suffix: 0.75 }, 0)) return near;
  }
  return fuzzy(0, text.length);
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
