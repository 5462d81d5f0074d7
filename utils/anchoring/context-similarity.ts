import { anchoredAligner } from './align-anchored';

/** How well the text around a candidate span agrees with the stored prefix and suffix, each 0..1. */
export interface ContextSimilarity {
  prefix: number;
  suffix: number;
}

/** Scores candidate spans of one folded text against one stored (folded) prefix and suffix. */
export type ContextScorer = (text: string, start: number, end: number) => ContextSimilarity;

/**
 * Builds a scorer: 1 − edit distance / context length on each side, aligning the prefix so it
 * ends at the span's start and the suffix so it starts at its end, which tolerates a few words
 * inserted or dropped next to the highlight. An empty stored side (the span was at the text's
 * edge) counts as agreeing: it carries no evidence either way.
 */
export function contextScorer(prefix: string, suffix: string): ContextScorer {
  const before = prefix.length > 0 ? anchoredAligner(prefix, 'before') : null;
  const after = suffix.length > 0 ? anchoredAligner(suffix, 'after') : null;
  const slackBefore = Math.ceil(prefix.length / 4);
  const slackAfter = Math.ceil(suffix.length / 4);
  return (text, start, end) => ({
    prefix: before ? 1 - before(text, start, slackBefore).errors / prefix.length : 1,
    suffix: after ? 1 - after(text, end, slackAfter).errors / suffix.length : 1,
  });
}
