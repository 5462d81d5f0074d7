import type { TextIndex } from '../dom/text-index';
import { lastStartingAtOrBefore } from '../dom/last-at-or-before';
import type { Entity } from '../entities/types';

/** A mention with the entity it belongs to. */
export interface MentionEntry {
  start: number;
  end: number;
  entity: Entity;
}

/** Finds the entity mentioned at a caret position (text node + offset). */
export type MentionLookup = (node: Node, offset: number) => MentionEntry | null;

/**
 * Indexes every mention by start offset so a pointer position resolves with one map lookup
 * and one binary search, however many highlights the page has.
 */
export function createMentionLookup(index: TextIndex, entities: Entity[]): MentionLookup {
  const entries: MentionEntry[] = entities
    .flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })))
    .sort((a, b) => a.start - b.start);
  const nodeStart = new Map<Node, number>();
  index.nodes.forEach((node, i) => nodeStart.set(node, index.starts[i]!));

  return (node, offset) => {
    const base = nodeStart.get(node);
    if (base === undefined) return null;
    const at = base + offset;
    const found = lastStartingAtOrBefore(entries, at);
    const entry = found >= 0 ? entries[found]! : null;
    return entry && at < entry.end ? entry : null;
  };
}
