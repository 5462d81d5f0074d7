import type { ClippingSummary } from './clipping';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** Every clipping that mentions an official or document (by entity key), newest first, via the multi-entry index; rows without bodies. */
export async function findClippingsByEntity(db: TrichBaoDb = defaultDb, key: string): Promise<ClippingSummary[]> {
  const rows = await withStorageErrors(() => db.clippings.where('entityKeys').equals(key).toArray());
  // The index yields rows in primary-key order; the library shows newest first.
  return rows.sort((a, b) => b.clippedAt - a.clippedAt || (b.id ?? 0) - (a.id ?? 0));
}

/** How many clippings mention an entity key (counted on the index, rows are not read). */
export async function countClippingsByEntity(db: TrichBaoDb = defaultDb, key: string): Promise<number> {
  return withStorageErrors(() => db.clippings.where('entityKeys').equals(key).count());
}
