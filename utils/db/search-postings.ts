import type { TrichBaoDb } from './trich-bao-db';

/**
 * One row of the search index (version 5 on): the ids of the clippings holding one search
 * token, for one block of ids, as a sorted typed array. A prefix search reads a few such rows
 * instead of one index entry per clipping and token, and a save touches one row per token.
 */
export interface SearchPosting {
  /** `token + SEP + block`, see {@link postingKey}. */
  key: string;
  ids: Uint32Array;
}

/** One clipping's search tokens changing: before (absent when added) and after (absent when deleted). */
export type SearchChange = readonly [id: number, before: readonly string[] | undefined, after: readonly string[] | undefined];

const SEP = '\u0001';
/** Ids per posting row: small enough that a save rewrites little, large enough that a search reads few rows. */
export const POSTING_BLOCK = 1024;

/** Key of the posting row of `token` that holds `id`. */
export function postingKey(token: string, id: number): string {
  return `${token}${SEP}${Math.floor(id / POSTING_BLOCK).toString(36).padStart(4, '0')}`;
}

/** Bounds of every posting row of tokens starting with `prefix` (or of `prefix` alone when `whole`). */
export function postingRange(prefix: string, whole = false): [lower: string, upper: string] {
  return whole ? [prefix + SEP, prefix + SEP + '\uffff'] : [prefix, prefix + '\uffff'];
}

function withId(ids: Uint32Array | undefined, id: number): Uint32Array {
  if (!ids) return Uint32Array.of(id);
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ids[mid]! < id) lo = mid + 1;
    else hi = mid;
  }
  if (ids[lo] === id) return ids;
  const next = new Uint32Array(ids.length + 1);
  next.set(ids.subarray(0, lo));
  next[lo] = id;
  next.set(ids.subarray(lo), lo + 1);
  return next;
}

/**
 * Keeps the search postings in step with clippings' tokens changing, in the order given: one
 * bulkGet of every row touched, one bulkPut and one bulkDelete. Must run inside the caller's
 * read-write transaction that writes the clippings, so search never sees half a save.
 */
export async function applySearchDeltas(db: TrichBaoDb, changes: readonly SearchChange[]): Promise<void> {
  const adds = new Map<string, Set<number>>();
  const removes = new Map<string, Set<number>>();
  const note = (map: Map<string, Set<number>>, key: string, id: number) => {
    const set = map.get(key);
    if (set) set.add(id);
    else map.set(key, new Set([id]));
  };
  for (const [id, before = [], after = []] of changes) {
    const kept = new Set(after);
    const old = new Set(before);
    for (const token of old) if (!kept.has(token)) note(removes, postingKey(token, id), id);
    for (const token of kept) if (!old.has(token)) note(adds, postingKey(token, id), id);
  }
  const keys = [...new Set([...adds.keys(), ...removes.keys()])];
  if (keys.length === 0) return;
  const stored = await db.searchPostings.bulkGet(keys);
  const puts: SearchPosting[] = [];
  const deletes: string[] = [];
  keys.forEach((key, i) => {
    let ids = stored[i]?.ids;
    const gone = removes.get(key);
    if (gone && ids) ids = ids.filter((id) => !gone.has(id));
    for (const id of adds.get(key) ?? []) ids = withId(ids, id);
    if (ids && ids.length > 0) puts.push({ key, ids });
    else if (stored[i]) deletes.push(key);
  });
  if (deletes.length > 0) await db.searchPostings.bulkDelete(deletes);
  if (puts.length > 0) await db.searchPostings.bulkPut(puts);
}
