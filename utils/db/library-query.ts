/** How the library orders clippings: newest clipped, newest published, or title A→Z (accents ignored). */
export type LibrarySort = 'clipped' | 'published' | 'title';

/** Filters of the library; each one is an index lookup, all of them must hold. */
export interface LibraryFilter {
  site?: string;
  tag?: string;
  /** An official's or document's key. */
  entityKey?: string;
  /** Which date `from`/`to` apply to (default: publication date). */
  dateField?: 'published' | 'clipped';
  /** Inclusive bounds in ms since epoch. */
  from?: number;
  to?: number;
}

/** One request of the library page. */
export interface LibraryQuery {
  /** Free text, diacritic-blind; when given, results come best match first instead of by `sort`. */
  search?: string;
  filter?: LibraryFilter;
  sort?: LibrarySort;
  limit?: number;
  offset?: number;
}
