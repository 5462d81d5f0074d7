import { describeSpan } from '../anchoring/describe-span';
import { offsetsFromRange } from '../dom/offsets-from-range';
import type { TextIndex } from '../dom/text-index';
import type { UserHighlightDraft } from './payload-checks';

/** A selection described for storage, with the offsets it covers in its scope's text. */
export interface DescribedSelection {
  draft: Omit<UserHighlightDraft, 'pageKey' | 'note'>;
  start: number;
  end: number;
}

/**
 * Describes a selected range against the article's text when it lies in the article (the
 * text entity highlights use), otherwise against the whole page body; null when the range
 * covers no readable text (only spaces, or only skipped elements).
 */
export function describeSelection(range: Range, article: TextIndex | null, body: () => TextIndex): DescribedSelection | null {
  const tries: Array<['article' | 'page', TextIndex]> = article ? [['article', article]] : [];
  for (const [scope, index] of [...tries, ['page', body()] as ['page', TextIndex]]) {
    const offsets = offsetsFromRange(index, range);
    if (!offsets) continue;
    const target = describeSpan(index.text, offsets.start, offsets.end);
    if (target.selectors[1].exact.trim() === '') return null;
    // A selection running past the article's end still counts as the article's: its text there is what is kept.
    return { draft: { scope, target }, start: offsets.start, end: offsets.end };
  }
  return null;
}
