import type { Clipping } from './clipping';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** One clipping by id, or undefined when there is none. */
export async function getClipping(db: TrichBaoDb = defaultDb, id: number): Promise<Clipping | undefined> {
  return withStorageErrors(() => db.clippings.get(id));
}

/** The clipping of a canonical URL (e.g. to show "already clipped" in the popup), or undefined. */
export async function getClippingByCanonicalUrl(db: TrichBaoDb = defaultDb, canonicalUrl: string): Promise<Clipping | undefined> {
  return withStorageErrors(() => db.clippings.where('canonicalUrl').equals(canonicalUrl).first());
}
