import type { Clipping, ClippingSummary } from './clipping';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';
import { withBodies } from './with-bodies';

/** The row a query found with its body, read in one transaction over both tables. */
async function full(db: TrichBaoDb, find: () => PromiseLike<ClippingSummary | undefined>): Promise<Clipping | undefined> {
  return withStorageErrors(() =>
    db.transaction('r', db.clippings, db.clippingBodies, async () => {
      const row = await find();
      return row ? (await withBodies(db, [row]))[0] : undefined;
    }),
  );
}

/** One clipping by id, body included, or undefined when there is none. */
export async function getClipping(db: TrichBaoDb = defaultDb, id: number): Promise<Clipping | undefined> {
  return full(db, () => db.clippings.get(id));
}

/** The clipping of a canonical URL, body included (e.g. to show "already clipped" in the popup), or undefined. */
export async function getClippingByCanonicalUrl(db: TrichBaoDb = defaultDb, canonicalUrl: string): Promise<Clipping | undefined> {
  return full(db, () => db.clippings.where('canonicalUrl').equals(canonicalUrl).first());
}
