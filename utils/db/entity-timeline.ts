import type { ClippingSummary } from './clipping';
import type { EntityEntry } from './entity-entry';
import { primaryIds } from './primary-ids';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** An entity and the clippings that mention it, newest publication first (undated ones last). */
export interface EntityTimeline {
  entry: EntityEntry | undefined;
  total: number;
  rows: ClippingSummary[];
}

/** The clippings mentioning an entity key for its timeline: keys from the `*entityKeys` index, then one page of rows. */
export async function entityTimeline(db: TrichBaoDb = defaultDb, key: string, { limit = 100, offset = 0 } = {}): Promise<EntityTimeline> {
  return withStorageErrors(() =>
    db.transaction('r', db.clippings, db.entities, async () => {
      const [entry, ids] = await Promise.all([db.entities.get(key), primaryIds(db.clippings.where('entityKeys').equals(key))]);
      const wanted = new Set(ids);
      // Many mentions: order by the publishedAt index's keys (one forward getAllKeys) rather than reading every row.
      const ordered = ids.length <= limit + offset
        ? ids
        : (await primaryIds(db.clippings.orderBy('publishedAt'))).filter((id) => wanted.has(id)).reverse().slice(offset, offset + limit);
      const rows = (await db.clippings.bulkGet(ordered)).filter((r): r is ClippingSummary => r !== undefined);
      if (ids.length <= limit + offset) {
        rows.sort((a, b) => b.publishedAt - a.publishedAt || b.clippedAt - a.clippedAt);
        return { entry, total: ids.length, rows: rows.slice(offset, offset + limit) };
      }
      return { entry, total: ids.length, rows };
    }),
  );
}
