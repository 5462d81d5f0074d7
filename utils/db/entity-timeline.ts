import type { ClippingSummary } from './clipping';
import type { EntityEntry } from './entity-entry';
import { facetToken } from './facet-token';
import { postingCount } from './posting-ids';
import { facetPage } from './query-library';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** An entity and the clippings that mention it, newest publication first (undated ones last). */
export interface EntityTimeline {
  entry: EntityEntry | undefined;
  total: number;
  rows: ClippingSummary[];
}

/**
 * The clippings mentioning an entity key for its timeline: the entity's `*orderKeys` entries
 * sort by publication date (then clip time), so a page is one short forward range read
 * whatever the entity's count, which is read off its posting rows. Rows come without bodies.
 */
export async function entityTimeline(db: TrichBaoDb = defaultDb, key: string, { limit = 100, offset = 0 } = {}): Promise<EntityTimeline> {
  return withStorageErrors(() =>
    db.transaction('r', [db.clippings, db.entities, db.searchPostings, db.searchPending], async () => {
      const [entry, total, rows] = await Promise.all([
        db.entities.get(key),
        postingCount(db, facetToken({ entityKey: key })),
        facetPage(db, { entityKey: key }, 'published', offset, limit),
      ]);
      return { entry, total, rows };
    }),
  );
}
