import { foldText, toFoldedOffset } from './fold-text';
import { matchQuote } from './match-quote';
import { positionHoldsQuote } from './text-position';
import type { Anchor, TextPositionSelector, TextQuoteSelector, UserHighlightTarget } from './types';

/** Folded characters of stored prefix and suffix that are compared. */
const CONTEXT_LIMIT = 64;

/**
 * Places a stored highlight in the current text: its old offsets if they still hold the quote,
 * else the quote verbatim (context and closeness pick among repeats), else the quote within a
 * few edits. Comparison ignores whitespace and normalises to NFC; offsets returned index `text`.
 * Null means an orphan: nothing convincing was found. Malformed targets give null, never throw.
 */
export function anchorTarget(text: string, target: UserHighlightTarget): Anchor | null {
  if (typeof text !== 'string') return null;
  const selectors: unknown[] = Array.isArray(target?.selectors) ? target.selectors : [];
  const quote = selectors.find(isQuote);
  if (!quote) return null;
  const position = selectors.find(isPosition);
  if (position && positionHoldsQuote(text, position, quote.exact)) {
    return { start: position.start, end: position.end, method: 'position' };
  }

  const folded = foldText(text);
  const exact = foldText(quote.exact).text;
  if (exact.length === 0) return null;
  const oldStart = position && Number.isFinite(position.start) ? Math.max(0, position.start) : 0;
  const match = matchQuote(folded.text, exact, {
    // Context is evidence about the neighbourhood, not more quote: a long stored context would
    // only make every candidate's comparison slower.
    prefix: foldText(quote.prefix).text.slice(-CONTEXT_LIMIT),
    suffix: foldText(quote.suffix).text.slice(0, CONTEXT_LIMIT),
    hint: toFoldedOffset(folded, oldStart),
  });
  if (!match || match.end <= match.start) return null;
  return {
    start: folded.starts[match.start]!,
    end: folded.ends[match.end - 1]!,
    method: match.exact ? 'quote-exact' : 'quote-fuzzy',
  };
}

function isQuote(s: unknown): s is TextQuoteSelector {
  const q = s as Partial<TextQuoteSelector> | null;
  return (
    typeof q === 'object' && q !== null && q.type === 'TextQuoteSelector' &&
    typeof q.exact === 'string' && typeof q.prefix === 'string' && typeof q.suffix === 'string'
  );
}

function isPosition(s: unknown): s is TextPositionSelector {
  const p = s as Partial<TextPositionSelector> | null;
  return typeof p === 'object' && p !== null && p.type === 'TextPositionSelector' &&
    typeof p.start === 'number' && typeof p.end === 'number';
}
