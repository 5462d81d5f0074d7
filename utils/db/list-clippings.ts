import type { Clipping } from './clipping';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';
import { withBodies } from './with-bodies';

/** A page of the library: how many rows to skip and return. */
export interface ListClippingsOptions {
  limit?: number;
  offset?: number;
}

/**
 * Clippings newest first (by first clip time, through the clippedAt index), one page at a
 * time, bodies included: what the exports and the popup's per-clipping Markdown need.
 */
export async function listClippings(db: TrichBaoDb = defaultDb, { limit = 50, offset = 0 }: ListClippingsOptions = {}): Promise<Clipping[]> {
  return withStorageErrors(() =>
    db.transaction('r', db.clippings, db.clippingBodies, async () =>
      withBodies(db, await db.clippings.orderBy('clippedAt').reverse().offset(offset).limit(limit).toArray()),
    ),
  );
}

/** How many clippings are stored. */
export async function countClippings(db: TrichBaoDb = defaultDb): Promise<number> {
  return withStorageErrors(() => db.clippings.count());
}
