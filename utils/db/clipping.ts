import type { DocumentRef, Official } from '../entities/types';

/** One clipped article as IndexedDB stores it (one row per canonical URL). */
export interface Clipping {
  /** Auto-incremented primary key; absent only before the first save. */
  id?: number;
  url: string;
  /** Unique: clipping the same article again updates this row. */
  canonicalUrl: string;
  title: string;
  author: string | null;
  /** ISO 8601 as the page gave it, or null. */
  published: string | null;
  site: string;
  lang: string | null;
  /** The article body as Markdown. */
  markdown: string;
  /** The article body as plain text (what the recognizer read). */
  text: string;
  officials: Official[];
  documents: DocumentRef[];
  /** Keys of every official and document, deduplicated: feeds the `*entityKeys` index. */
  entityKeys: string[];
  /** The reader's own note. */
  note: string;
  tags: string[];
  /** When the article was first clipped (ms since epoch); kept by later saves. */
  clippedAt: number;
  /** When the row last changed (ms since epoch). */
  updatedAt: number;
}

/** What a caller hands to `saveClipping`; the store derives the rest. */
export type NewClipping = Omit<Clipping, 'id' | 'entityKeys' | 'clippedAt' | 'updatedAt' | 'note' | 'tags'> & {
  /** Omitted: keep the stored note on a re-save (empty for a new row). */
  note?: string;
  /** Omitted: keep the stored tags on a re-save (none for a new row). */
  tags?: string[];
};

/** Fields the store derives from a clipping for its version 2 indexes; never edited by hand. */
export interface ClippingIndexFields {
  /** Search tokens (utils/search/search-tokens) and facet entries (facet-token); from version 5 on indexed by `searchPostings` and stored with the body. */
  searchTokens: string[];
  /** Publication time in ms since epoch for sorting and date filters; 0 when the page gave none. */
  publishedAt: number;
  /** The title folded to lowercase without diacritics, so the title sort ignores accents (Đ sorts with D). */
  sortTitle: string;
  /** Entries of the `*orderKeys` index (version 5 on): per site, tag and entity, keys that sort like each library sort (see order-keys). */
  orderKeys: string[];
}

/** A clipping row as stored from version 2 on. */
export type StoredClipping = Clipping & ClippingIndexFields;

/**
 * A clipping row as the `clippings` table keeps it: everything but the body (version 4 on)
 * and the search tokens (version 5 on), so lists and timelines read small rows.
 */
export type ClippingSummary = Omit<StoredClipping, 'markdown' | 'text' | 'searchTokens'>;

/** The body of a clipping, in the `clippingBodies` table from version 4 on (one row per clipping id). */
export interface ClippingBody {
  clippingId: number;
  markdown: string;
  text: string;
  /** The clipping's search tokens (version 5 on): what its `searchPostings` entries were made from, read back when it changes. */
  searchTokens: string[];
}
