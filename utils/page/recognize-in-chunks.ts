import { recognize } from '../entities/recognize';
import type { DocumentRef, Official, Recognition } from '../entities/types';

/** Options for {@link recognizeInChunks}. */
export interface ChunkOptions {
  /** Texts up to this many characters are recognised in one go (every typical article). */
  chunkChars?: number;
  /** Called between chunks so no single task grows long. */
  yieldFn: () => Promise<void>;
  signal?: AbortSignal;
}

/** Splits at block boundaries ("\n"): no name or document reference spans two blocks. */
function chunkBounds(text: string, size: number): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n', end);
      end = cut > start ? cut + 1 : end;
    }
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

function shifted<T extends Official | DocumentRef>(entity: T, offset: number): T {
  return { ...entity, mentions: entity.mentions.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })) };
}

/** Joins per-chunk results: one entity per key, mentions in order, titles united. */
function merge(parts: Recognition[]): Recognition {
  const officials = new Map<string, Official>();
  const documents = new Map<string, DocumentRef>();
  for (const part of parts) {
    for (const o of part.officials) {
      const seen = officials.get(o.key);
      if (!seen) officials.set(o.key, o);
      else {
        seen.mentions.push(...o.mentions);
        for (const t of o.titles) if (!seen.titles.includes(t)) seen.titles.push(t);
        for (const r of o.ranks) if (!seen.ranks.includes(r)) seen.ranks.push(r);
      }
    }
    for (const d of part.documents) {
      const seen = documents.get(d.key);
      if (!seen) documents.set(d.key, d);
      else seen.mentions.push(...d.mentions);
    }
  }
  return { officials: [...officials.values()], documents: [...documents.values()] };
}

/**
 * Recognises a long text in slices, yielding to the page between them, so a huge page never
 * blocks input for long. Short texts take the plain path, so short-mention linking across the
 * whole article is kept where it matters most.
 */
export async function recognizeInChunks(text: string, options: ChunkOptions): Promise<Recognition | null> {
  const size = options.chunkChars ?? 40_000;
  if (text.length <= size) return recognize(text);
  const parts: Recognition[] = [];
  for (const [start, end] of chunkBounds(text, size)) {
    if (options.signal?.aborted) return null;
    const part = recognize(text.slice(start, end));
    parts.push({ officials: part.officials.map((o) => shifted(o, start)), documents: part.documents.map((d) => shifted(d, start)) });
    await options.yieldFn();
  }
  return merge(parts);
}
