import { parseQuery, type QueryToken } from '../search/parse-query';
import { rankHits, type TokenHits } from '../search/rank-hits';
import type { ClippingSummary } from './clipping';
import type { LibraryFilter, LibraryQuery, LibrarySort } from './library-query';
import { orderKeyRange, type OrderFacet } from './order-keys';
import { facetToken } from './facet-token';
import { facetIds, postingCount, postingIds } from './posting-ids';
import type { SearchPending } from './search-changes';
import { primaryIds } from './primary-ids';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** One page of results (rows without bodies: see getClipping) and how many there are in all. */
export interface LibraryPage {
  total: number;
  rows: ClippingSummary[];
}

// Published: same day, newest clip first, as the `*orderKeys` entries and the timeline order them.
const SORT_INDEX: Record<LibrarySort, { index: 'clippedAt' | '[publishedAt+clippedAt]' | 'sortTitle'; reverse: boolean }> = {
  clipped: { index: 'clippedAt', reverse: true },
  published: { index: '[publishedAt+clippedAt]', reverse: true },
  title: { index: 'sortTitle', reverse: false },
};

function intersect(sets: Set<number>[]): Set<number> | null {
  if (sets.length === 0) return null;
  const [smallest, ...rest] = [...sets].sort((a, b) => a.size - b.size);
  return new Set([...smallest!].filter((id) => rest.every((s) => s.has(id))));
}

/** The site, tag and entity filters as facets of the `*orderKeys` index. */
function facetsOf(f: LibraryFilter): OrderFacet[] {
  const facets: OrderFacet[] = [];
  if (f.site) facets.push({ site: f.site });
  if (f.tag) facets.push({ tag: f.tag });
  if (f.entityKey) facets.push({ entityKey: f.entityKey });
  return facets;
}

/** Ids passing every filter (null: no filter), each filter one index range read for keys only. */
async function filterKeys(db: TrichBaoDb, f: LibraryFilter): Promise<Set<number> | null> {
  // Site, tag and entity: their facet entries in the search postings (typed arrays, cheap to read).
  const reads: Promise<Set<number>>[] = facetsOf(f).map((facet) => facetIds(db, facetToken(facet)));
  if (f.from !== undefined || f.to !== undefined) {
    const published = (f.dateField ?? 'published') === 'published';
    // publishedAt 0 means "no date": such rows are outside any date range.
    const lower = Math.max(f.from ?? -Infinity, published ? 1 : -Infinity);
    const range = db.clippings.where(published ? 'publishedAt' : 'clippedAt').between(lower, f.to ?? Infinity, true, true);
    reads.push(primaryIds(range).then((ids) => new Set(ids)));
  }
  return intersect(await Promise.all(reads));
}

/** Reads, per query word, the rows matching it folded (as a prefix), exactly accented and in a head field. */
async function tokenHits(db: TrichBaoDb, tokens: QueryToken[], pending: readonly SearchPending[]): Promise<TokenHits[]> {
  return Promise.all(
    tokens.map(async (token) => {
      const [match, exact, head] = await Promise.all([
        postingIds(db, token.prefixes, false, pending),
        token.exact === null ? null : postingIds(db, [token.exact], true, pending),
        postingIds(db, token.headPrefixes, false, pending),
      ]);
      return { match, exact, head };
    }),
  );
}

const SMALL_SET = 200;

const SORT_FIELDS: Record<LibrarySort, ('clippedAt' | 'publishedAt' | 'sortTitle')[]> = {
  clipped: ['clippedAt'],
  published: ['publishedAt', 'clippedAt'],
  title: ['sortTitle'],
};

/** The in-memory twin of SORT_INDEX, ties broken by id like IndexedDB does. */
function compareBy(sort: LibrarySort): (a: ClippingSummary, b: ClippingSummary) => number {
  const sign = SORT_INDEX[sort].reverse ? -1 : 1;
  return (a, b) => {
    for (const field of SORT_FIELDS[sort]) {
      const x = a[field];
      const y = b[field];
      if (x !== y) return sign * (x < y ? -1 : 1);
    }
    return sign * ((a.id ?? 0) - (b.id ?? 0));
  };
}

/** Rows for ids, in the ids' order. */
async function rowsOf(db: TrichBaoDb, ids: number[]): Promise<ClippingSummary[]> {
  return (await db.clippings.bulkGet(ids)).filter((row): row is ClippingSummary => row !== undefined);
}

/** A facet's rows in one sort, as a Dexie range of the `*orderKeys` index (forward = sort order). */
function facetRange(db: TrichBaoDb, facet: OrderFacet, sort: LibrarySort) {
  const [lower, upper] = orderKeyRange(facet, sort);
  return db.clippings.where('orderKeys').between(lower, upper, true, true);
}

/**
 * One page of an ordered range: the first page in one getAll of rows; later pages skip by
 * keys (cheap) and read only the page's rows.
 */
async function pageOf(db: TrichBaoDb, range: ReturnType<typeof facetRange>, offset: number, limit: number): Promise<ClippingSummary[]> {
  if (offset === 0) return range.limit(limit).toArray();
  return rowsOf(db, (await primaryIds(range.limit(offset + limit))).slice(offset));
}

/** Filtered, not searched: a page in sort order, reading keys of the narrowest facet only. */
async function filteredPage(db: TrichBaoDb, f: LibraryFilter, sort: LibrarySort, offset: number, limit: number): Promise<LibraryPage> {
  const facets = facetsOf(f);
  const dated = f.from !== undefined || f.to !== undefined;
  if (facets.length === 1 && !dated) {
    // One facet: its entries already sort like the page, so read just offset + limit keys.
    const range = facetRange(db, facets[0]!, sort);
    const [total, rows] = await Promise.all([postingCount(db, facetToken(facets[0]!)), pageOf(db, range, offset, limit)]);
    return { total, rows };
  }
  const within = (await filterKeys(db, f))!;
  if (within.size <= SMALL_SET) {
    // Few rows: reading them and sorting here beats walking an index.
    const rows = await rowsOf(db, [...within]);
    return { total: rows.length, rows: rows.sort(compareBy(sort)).slice(offset, offset + limit) };
  }
  let ordered: number[];
  if (facets.length > 0) {
    // The narrowest facet in sort order (counts come from the postings), the other filters as a membership test.
    const counts = await Promise.all(facets.map((facet) => postingCount(db, facetToken(facet))));
    const narrowest = facets[counts.indexOf(Math.min(...counts))]!;
    ordered = await primaryIds(facetRange(db, narrowest, sort));
  } else {
    // Dates only: the sort index's keys in one forward getAllKeys (no row reads).
    const { index, reverse } = SORT_INDEX[sort];
    const forward = await primaryIds(db.clippings.orderBy(index));
    ordered = reverse ? forward.reverse() : forward;
  }
  const ids = ordered.filter((id) => within.has(id));
  return { total: ids.length, rows: await rowsOf(db, ids.slice(offset, offset + limit)) };
}

/**
 * The library: a page of clippings matching the search and filters, best match first when
 * searching, else in `sort` order. Every step reads an index; only the page's rows are read.
 */
export async function queryLibrary(db: TrichBaoDb = defaultDb, q: LibraryQuery = {}): Promise<LibraryPage> {
  const { limit = 50, offset = 0 } = q;
  const sort = q.sort ?? 'clipped';
  const filter = q.filter ?? {};
  const tokens = parseQuery(q.search ?? '');
  return withStorageErrors(() =>
    db.transaction('r', [db.clippings, db.searchPostings, db.searchPending], async () => {
      if (tokens.length > 0) {
        const pending = await db.searchPending.toArray();
        const [within, hits] = await Promise.all([filterKeys(db, filter), tokenHits(db, tokens, pending)]);
        const ids = rankHits(hits, within);
        return { total: ids.length, rows: await rowsOf(db, ids.slice(offset, offset + limit)) };
      }
      if (facetsOf(filter).length > 0 || filter.from !== undefined || filter.to !== undefined) return filteredPage(db, filter, sort, offset, limit);
      const { index, reverse } = SORT_INDEX[sort];
      const ordered = reverse ? db.clippings.orderBy(index).reverse() : db.clippings.orderBy(index);
      const [total, rows] = await Promise.all([db.clippings.count(), ordered.offset(offset).limit(limit).toArray()]);
      return { total, rows };
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

/** One page of the clippings having a facet, in `sort` order: what a timeline or a one-filter view reads. */
export async function facetPage(db: TrichBaoDb, facet: OrderFacet, sort: LibrarySort, offset: number, limit: number): Promise<ClippingSummary[]> {
  return pageOf(db, facetRange(db, facet, sort), offset, limit);
}
