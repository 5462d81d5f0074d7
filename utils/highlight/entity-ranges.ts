import type { Recognition } from '../entities/types';
import type { TextIndex } from '../dom/text-index';
import { rangeFromOffsets } from '../dom/range-from-offsets';
import type { HighlightKind } from './highlight-names';

/** DOM ranges of every mention, per highlight kind, in document order. */
export function entityRanges(index: TextIndex, recognition: Recognition): Record<HighlightKind, Range[]> {
  const toRanges = (mentions: Array<{ start: number; end: number }>) =>
    mentions
      .slice()
      .sort((a, b) => a.start - b.start)
      .map((m) => rangeFromOffsets(index, m.start, m.end))
      .filter((r): r is Range => r !== null);
  return {
    official: toRanges(recognition.officials.flatMap((o) => o.mentions)),
    document: toRanges(recognition.documents.flatMap((d) => d.mentions)),
  };
}
