import type { ClippingSummary } from './clipping';
import { orderKeyRange } from './order-keys';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** Every clipping that mentions an official or document (by entity key), newest clipped first, via the `*orderKeys` index; rows without bodies. */
export async function findClippingsByEntity(db: TrichBaoDb = defaultDb, key: string): Promise<ClippingSummary[]> {
  const [lower, upper] = orderKeyRange({ entityKey: key }, 'clipped');
  // The entity's "clipped" entries sort newest first, so the rows come in the library's order.
  return withStorageErrors(() => db.clippings.where('orderKeys').between(lower, upper, true, true).toArray());
}

/** How many clippings mention an entity key (counted on the index, rows are not read). */
export async function countClippingsByEntity(db: TrichBaoDb = defaultDb, key: string): Promise<number> {
  return withStorageErrors(() => db.clippings.where('entityKeys').equals(key).count());
}
