import { parseQuery, type QueryToken } from '../search/parse-query';
import { rankHits, type TokenHits } from '../search/rank-hits';
import type { ClippingSummary } from './clipping';
import type { LibraryFilter, LibraryQuery, LibrarySort } from './library-query';
import { primaryIds } from './primary-ids';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** One page of results (rows without bodies: see getClipping) and how many there are in all. */
export interface LibraryPage {
  total: number;
  rows: ClippingSummary[];
}

const SORT_INDEX: Record<LibrarySort, { index: 'clippedAt' | 'publishedAt' | 'sortTitle'; reverse: boolean }> = {
  clipped: { index: 'clippedAt', reverse: true },
  published: { index: 'publishedAt', reverse: true },
  title: { index: 'sortTitle', reverse: false },
};

function intersect(sets: Set<number>[]): Set<number> | null {
  if (sets.length === 0) return null;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest!].filter((id) => rest.every((s) => s.has(id))));
}

/** Ids passing every filter (null: no filter), each filter one index range read for keys only. */
async function filterKeys(db: TrichBaoDb, f: LibraryFilter): Promise<Set<number> | null> {
  const t = db.clippings;
  const reads: Promise<number[]>[] = [];
  if (f.site) reads.push(primaryIds(t.where('site').equals(f.site)));
  if (f.tag) reads.push(primaryIds(t.where('tags').equals(f.tag)));
  if (f.entityKey) reads.push(primaryIds(t.where('entityKeys').equals(f.entityKey)));
  if (f.from !== undefined || f.to !== undefined) {
    const published = (f.dateField ?? 'published') === 'published';
    // publishedAt 0 means "no date": such rows are outside any date range.
    const lower = Math.max(f.from ?? -Infinity, published ? 1 : -Infinity);
    reads.push(primaryIds(t.where(published ? 'publishedAt' : 'clippedAt').between(lower, f.to ?? Infinity, true, true)));
  }
  return intersect((await Promise.all(reads)).map((keys) => new Set(keys)));
}

/**
 * Ids whose `*searchTokens` entries start with any of the prefixes: one `between` range each,
 * which Dexie answers with a single getAllKeys (startsWithAnyOf would walk a cursor).
 */
async function idsWithPrefixes(db: TrichBaoDb, prefixes: string[]): Promise<Set<number>> {
  const lists = await Promise.all(prefixes.map((p) => primaryIds(db.clippings.where('searchTokens').between(p, p + '\uffff', true, true))));
  return new Set(lists.flat());
}

/** Reads, per query word, the rows matching it folded, exactly accented and in a head field. */
async function tokenHits(db: TrichBaoDb, tokens: QueryToken[]): Promise<TokenHits[]> {
  return Promise.all(
    tokens.map(async (token) => {
      const [match, exact, head] = await Promise.all([
        idsWithPrefixes(db, token.prefixes),
        token.exact === null ? null : primaryIds(db.clippings.where('searchTokens').equals(token.exact)).then((ids) => new Set(ids)),
        idsWithPrefixes(db, token.headPrefixes),
      ]);
      return { match, exact, head };
    }),
  );
}

const SMALL_SET = 200;

/** The in-memory twin of SORT_INDEX, ties broken by id like IndexedDB does. */
function compareBy(sort: LibrarySort): (a: ClippingSummary, b: ClippingSummary) => number {
  const { index, reverse } = SORT_INDEX[sort];
  const sign = reverse ? -1 : 1;
  return (a, b) => {
    const x = a[index];
    const y = b[index];
    const primary = x < y ? -1 : x > y ? 1 : 0;
    return sign * (primary || (a.id ?? 0) - (b.id ?? 0));
  };
}

/** Rows for ids, in the ids' order. */
async function rowsOf(db: TrichBaoDb, ids: number[]): Promise<ClippingSummary[]> {
  return (await db.clippings.bulkGet(ids)).filter((row): row is ClippingSummary => row !== undefined);
}

/**
 * The library: a page of clippings matching the search and filters, best match first when
 * searching, else in `sort` order. Every step reads an index; only the page's rows are read.
 */
export async function queryLibrary(db: TrichBaoDb = defaultDb, q: LibraryQuery = {}): Promise<LibraryPage> {
  const { limit = 50, offset = 0 } = q;
  const { index, reverse } = SORT_INDEX[q.sort ?? 'clipped'];
  const tokens = parseQuery(q.search ?? '');
  return withStorageErrors(() =>
    db.transaction('r', db.clippings, async () => {
      const within = await filterKeys(db, q.filter ?? {});
      if (tokens.length > 0) {
        const ids = rankHits(await tokenHits(db, tokens), within);
        return { total: ids.length, rows: await rowsOf(db, ids.slice(offset, offset + limit)) };
      }
      if (within === null) {
        const ordered = reverse ? db.clippings.orderBy(index).reverse() : db.clippings.orderBy(index);
        const [total, rows] = await Promise.all([db.clippings.count(), ordered.offset(offset).limit(limit).toArray()]);
        return { total, rows };
      }
      if (within.size <= SMALL_SET) {
        // Few rows: reading them and sorting here beats walking the whole sort index.
        const rows = await rowsOf(db, [...within]);
        return { total: rows.length, rows: rows.sort(compareBy(q.sort ?? 'clipped')).slice(offset, offset + limit) };
      }
      // Filtered and sorted: the sort index's keys in one forward getAllKeys (no row reads), filtered.
      const forward = await primaryIds(db.clippings.orderBy(index));
      const ids = (reverse ? forward.reverse() : forward).filter((id) => within.has(id));
      return { total: ids.length, rows: await rowsOf(db, ids.slice(offset, offset + limit)) };
    }),
  );
}

/** Sites and tags present in the library, for the filter menus (unique index keys, no rows read). */
export async function listFacets(db: TrichBaoDb = defaultDb): Promise<{ sites: string[]; tags: string[] }> {
  return withStorageErrors(async () => {
    const [sites, tags] = await Promise.all([db.clippings.orderBy('site').uniqueKeys(), db.clippings.orderBy('tags').uniqueKeys()]);
    return { sites: sites.map(String), tags: tags.map(String) };
  });
}
