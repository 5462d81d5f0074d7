import Dexie, { type DexieOptions, type EntityTable } from 'dexie';
import type { ClippingBody, ClippingSummary } from './clipping';
import type { EntityEntry } from './entity-entry';
import type { UserHighlight } from './user-highlight';
import { upgradeToV2 } from './upgrade-to-v2';
import { upgradeToV4 } from './upgrade-to-v4';
import { upgradeToV5 } from './upgrade-to-v5';
import type { SearchPending } from './search-changes';
import type { SearchPosting } from './search-postings';

/** Name of the extension's one IndexedDB database. */
export const DB_NAME = 'trich-bao';

/** Where to find IndexedDB; tests hand in fake-indexeddb here instead of patching globals. */
export type IndexedDbDeps = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

/** The typed Dexie database of Trích Báo. */
export class TrichBaoDb extends Dexie {
  /** Clippings without their bodies (version 4 on), so lists, search and timelines read small rows. */
  clippings!: EntityTable<ClippingSummary, 'id'>;
  /** The Markdown and text of each clipping, by clipping id; written with its row in one transaction. */
  clippingBodies!: EntityTable<ClippingBody, 'clippingId'>;
  /** Derived: one row per official or document across clippings, kept by every write to `clippings`. */
  entities!: EntityTable<EntityEntry, 'key'>;
  /** The reader's highlights, one row each, joined to clippings by canonical URL (`pageKey`). */
  userHighlights!: EntityTable<UserHighlight, 'id'>;
  /** Derived (version 5 on): the search index, token → ids of the clippings holding it, kept by every write to `clippings`. */
  searchPostings!: EntityTable<SearchPosting, 'key'>;
  /** Derived (version 5 on): search tokens of recent clippings not yet merged into `searchPostings`. */
  searchPending!: EntityTable<SearchPending, 'clippingId'>;

  constructor(name: string = DB_NAME, deps: IndexedDbDeps = {}) {
    super(name, deps);
    // Every version ever shipped stays here; a new schema appends version(n + 1) with its
    // .upgrade() and a test that opens rows written by version n (docs/style.md §10–11).
    this.version(1).stores({
      clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags',
    });
    // Version 2: search, published-date and title sorting through indexes; the entity index as a table.
    this.version(2)
      .stores({
        clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags, publishedAt, sortTitle, *searchTokens',
        entities: '&key, [kind+count], *tokens',
      })
      .upgrade(upgradeToV2);
    // Version 3: user highlights in their own table, keyed by the page's canonical URL so they
    // can exist before a clipping does. A new table only: no stored row changes, no .upgrade().
    this.version(3).stores({
      userHighlights: '++id, pageKey, createdAt',
    });
    // Version 4: bodies (~18 KB of Markdown and text per clipping) move out of the clippings
    // rows into their own table, so a page of the library or a timeline reads small rows.
    // The clippings indexes are unchanged; .upgrade() moves the bodies of stored rows.
    this.version(4)
      .stores({ clippingBodies: '&clippingId' })
      .upgrade(upgradeToV4);
    // Version 5: speed. `*orderKeys` makes a filtered page or an entity's timeline one short
    // range read (the `[site+savedAt]` compound index IndexedDB has no multi-entry form of);
    // the search index moves from the `*searchTokens` multi-entry index (one entry per
    // clipping and token) to posting rows of ids, so a search reads a few rows per word;
    // a new clipping's tokens wait in `searchPending` (one write) until merged in a batch;
    // `[publishedAt+clippedAt]` breaks ties of the unfiltered date sort like the order keys do.
    this.version(5)
      .stores({
        clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags, publishedAt, sortTitle, *orderKeys, [publishedAt+clippedAt]',
        searchPostings: '&key',
        searchPending: '&clippingId, *facets',
      })
      .upgrade(upgradeToV5);
  }
}

/** Opens (lazily) a database under another name, e.g. one per test. */
export function createDb(name: string, deps: IndexedDbDeps = {}): TrichBaoDb {
  return new TrichBaoDb(name, deps);
}

/** The extension's database; Dexie opens it on first use, so importing this costs nothing. */
export const db: TrichBaoDb = new TrichBaoDb();
