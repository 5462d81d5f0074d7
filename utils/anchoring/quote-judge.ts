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

/** Ranks a candidate: quote similarity weighs most, then each side of context, then closeness to the old place. */
export function rankMatch(quote: number, context: ContextSimilarity, closeness: number): number {
  return 50 * quote + 20 * context.prefix + 20 * context.suffix + 2 * closeness;
}

/** Judges candidate spans of one quote in one folded text. */
export interface QuoteJudge {
  /** Context similarity of the span `[start, end)`. */
  context(start: number, end: number): ContextSimilarity;
  /** 1 at the old place, falling to 0 a text length away. */
  closeness(start: number): number;
  /** False when a short quote has no context to back it. */
  supported(context: ContextSimilarity): boolean;
}

/** Builds the judge of `quote`'s candidates in `text`. */
export function quoteJudge(text: string, quote: string, context: QuoteContext): QuoteJudge {
  const scoreContext = contextScorer(context.prefix, context.suffix);
  const length = Math.max(1, text.length);
  return {
    context: (start, end) => scoreContext(text, start, end),
    closeness: (start) => 1 - Math.min(1, Math.abs(start - context.hint) / length),
    supported: (c) => quote.length >= SHORT_QUOTE || Math.max(c.prefix, c.suffix) >= 0.5,
  };
}
