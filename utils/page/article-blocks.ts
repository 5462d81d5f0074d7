import { lastAtOrBefore, lastStartingAtOrBefore } from '../dom/last-at-or-before';
import type { TextIndex } from '../dom/text-index';
import type { DocumentRef, Entity, Official, Recognition } from '../entities/types';
import type { HighlightKind } from '../highlight/highlight-names';
import type { RangeMaker } from '../highlight/paint-highlights';
import type { MentionEntry } from '../hover/mention-lookup';
import { EntityAggregate } from './entity-aggregate';

/** A mention inside one block: offsets local to the block's text, and the range painted for it. */
export interface BlockMention {
  kind: HighlightKind;
  start: number;
  end: number;
  surface: string;
  /** The article-wide entity (one object per key, shared by every block). */
  entity: Entity;
  range: AbstractRange | null;
}

/** A run of the article's text between two block breaks (a paragraph, a heading, a list item). */
export interface TextBlock {
  nodes: Text[];
  /** `starts[i]` is the offset of `nodes[i]` in `text`. */
  starts: number[];
  text: string;
  mentions: BlockMention[];
}

/**
 * An article's text as blocks, with an article-wide entity aggregate, so a live page can
 * rescan one paragraph without touching the others. The flat text index and recognition
 * (what the popup, the reader's highlights and the keyboard stepper read) are rebuilt
 * lazily, at most once per change.
 */
export interface ArticleBlocks {
  root: Element;
  readonly index: TextIndex;
  readonly recognition: Recognition;
  /** Distinct officials and documents (the badge), kept up to date on every change. */
  readonly entityCount: number;
  readonly blockCount: number;
  /** Officials known so far (short mentions in new text are linked to them). */
  officials(): Official[];
  /** The block holding an indexed text node. */
  blockOf(node: Node): TextBlock | undefined;
  /** Adds the blocks of `index.text[from, to)` (nodes in document order); `recognition` offsets count from `from`. */
  addFromIndex(index: TextIndex, from: number, to: number, recognition: Recognition): TextBlock[];
  /** Forgets blocks (their nodes changed or left the page); their mentions leave the aggregate. */
  remove(blocks: Iterable<TextBlock>): void;
  /** The mention under a caret position, with article-wide offsets; null elsewhere. */
  mentionAt(node: Node, offset: number): MentionEntry | null;
  /** Every painted range, per kind, in document order. */
  ranges(): Record<HighlightKind, AbstractRange[]>;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, without needing DOM globals

/** Creates an empty block set for the article under `root`; ranges are made with `makeRange`. */
export function createArticleBlocks(root: Element, makeRange: RangeMaker): ArticleBlocks {
  const blocks: TextBlock[] = [];
  const nodeBlock = new Map<Node, TextBlock>();
  const entities = new EntityAggregate();
  const aggregate = entities.entries;
  let version = 0;
  let flatVersion = -1;
  let flat: { index: TextIndex; recognition: Recognition } | null = null;
  let basesVersion = -1;
  const bases = new Map<TextBlock, number>();

  /** Where a block starting at `first` goes: after every block that precedes it. */
  const insertAt = (first: Node): number => {
    const last = blocks[blocks.length - 1];
    if (!last || last.nodes[0]!.compareDocumentPosition(first) & FOLLOWING) return blocks.length;
    let lo = 0;
    let hi = blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (blocks[mid]!.nodes[0]!.compareDocumentPosition(first) & FOLLOWING) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const rangeIn = (block: TextBlock, start: number, end: number): AbstractRange | null => {
    const a = lastAtOrBefore(block.starts, start);
    // Most mentions lie in one text node: the second search only when the next node starts inside.
    const b = a + 1 < block.starts.length && block.starts[a + 1]! < end ? lastAtOrBefore(block.starts, end - 1) : a;
    if (a < 0 || b < 0) return null;
    const startNode = block.nodes[a]!;
    const endNode = block.nodes[b]!;
    const so = start - block.starts[a]!;
    const eo = end - block.starts[b]!;
    if (so >= startNode.data.length || eo > endNode.data.length) return null;
    return makeRange(startNode, so, endNode, eo);
  };

  const ensureFlat = () => {
    if (flat && flatVersion === version) return flat;
    const parts: string[] = [];
    const nodes: Text[] = [];
    const starts: number[] = [];
    const officials: Official[] = [];
    const documents: DocumentRef[] = [];
    for (const { entity } of aggregate.values()) entity.mentions = [];
    let length = 0;
    for (const block of blocks) {
      if (length > 0) {
        parts.push('\n');
        length += 1;
      }
      for (let i = 0; i < block.nodes.length; i++) {
        nodes.push(block.nodes[i]!);
        starts.push(length + block.starts[i]!);
      }
      for (const m of block.mentions) {
        const list = m.entity.mentions;
        // Entities are listed in order of first appearance, as the recognizer lists them.
        if (list.length === 0) (m.entity.kind === 'official' ? officials : documents).push(m.entity as never);
        list.push({ start: length + m.start, end: length + m.end, surface: m.surface });
      }
      parts.push(block.text);
      length += block.text.length;
    }
    flat = { index: { text: parts.join(''), nodes, starts }, recognition: { officials, documents } };
    flatVersion = version;
    return flat;
  };

  /** Each block's offset in the flat text: O(blocks), so hovering a changing page stays cheap. */
  const baseOf = (block: TextBlock): number => {
    if (basesVersion !== version) {
      bases.clear();
      let length = 0;
      for (const b of blocks) {
        if (length > 0) length += 1;
        bases.set(b, length);
        length += b.text.length;
      }
      basesVersion = version;
    }
    return bases.get(block) ?? 0;
  };

  return {
    root,
    get index() {
      return ensureFlat().index;
    },
    get recognition() {
      return ensureFlat().recognition;
    },
    get entityCount() {
      return aggregate.size;
    },
    get blockCount() {
      return blocks.length;
    },
    officials() {
      const out: Official[] = [];
      for (const { entity } of aggregate.values()) if (entity.kind === 'official') out.push(entity);
      return out;
    },
    blockOf: (node) => nodeBlock.get(node),

    addFromIndex(index, from, to, recognition) {
      const made: TextBlock[] = [];
      const firsts: number[] = [];
      let i = Math.max(0, lastAtOrBefore(index.starts, from));
      if (i < index.starts.length && index.starts[i]! < from) i++;
      let current: TextBlock | null = null;
      let base = 0;
      let end = -1;
      for (; i < index.nodes.length && index.starts[i]! < to; i++) {
        const node = index.nodes[i]!;
        const at = index.starts[i]!;
        if (!current || at !== end) {
          if (current) current.text = index.text.slice(base, end);
          current = { nodes: [], starts: [], text: '', mentions: [] };
          base = at;
          made.push(current);
          firsts.push(at);
        }
        current.nodes.push(node);
        current.starts.push(at - base);
        end = at + node.data.length;
      }
      if (current) current.text = index.text.slice(base, end);
      if (made.length === 0) return made;

      const place = (entity: Entity, kind: HighlightKind) => {
        const entry = entities.entryFor(entity);
        const shared = entry.entity;
        for (const m of entity.mentions) {
          const at = from + m.start;
          const k = lastAtOrBefore(firsts, at);
          if (k < 0) continue;
          const block = made[k]!;
          const start = at - firsts[k]!;
          const endAt = from + m.end - firsts[k]!;
          block.mentions.push({ kind, start, end: endAt, surface: m.surface, entity: shared, range: null });
          entry.count++;
        }
      };
      for (const o of recognition.officials) place(o, 'official');
      for (const d of recognition.documents) place(d, 'document');
      // `made` is in document order: after one search, each block goes at or after the last one,
      // and appending (a first scan, infinite scroll) needs no comparison at all.
      let at = insertAt(made[0]!.nodes[0]!);
      for (const block of made) {
        block.mentions.sort((a, b) => a.start - b.start);
        for (const m of block.mentions) m.range = rangeIn(block, m.start, m.end);
        for (const node of block.nodes) nodeBlock.set(node, block);
        while (at < blocks.length && blocks[at]!.nodes[0]!.compareDocumentPosition(block.nodes[0]!) & FOLLOWING) at++;
        if (at === blocks.length) blocks.push(block);
        else blocks.splice(at, 0, block);
        at++;
      }
      version++;
      return made;
    },

    remove(gone) {
      const set = new Set(gone);
      if (set.size === 0) return;
      for (const block of set) {
        for (const node of block.nodes) if (nodeBlock.get(node) === block) nodeBlock.delete(node);
        for (const m of block.mentions) entities.release(m.entity);
      }
      let w = 0;
      for (const block of blocks) if (!set.has(block)) blocks[w++] = block;
      blocks.length = w;
      version++;
    },

    mentionAt(node, offset) {
      const block = nodeBlock.get(node);
      if (!block || block.mentions.length === 0) return null;
      const i = block.nodes.indexOf(node as Text);
      const at = block.starts[i]! + offset;
      const found = lastStartingAtOrBefore(block.mentions, at);
      const m = found >= 0 ? block.mentions[found]! : null;
      if (!m || at >= m.end) return null;
      // The entity's `mentions` are brought up to date by reading `recognition` (the card does).
      const base = baseOf(block);
      return { start: base + m.start, end: base + m.end, entity: m.entity };
    },

    ranges() {
      const out: Record<HighlightKind, AbstractRange[]> = { official: [], document: [] };
      for (const block of blocks) for (const m of block.mentions) if (m.range) out[m.kind].push(m.range);
      return out;
    },
  };
}
