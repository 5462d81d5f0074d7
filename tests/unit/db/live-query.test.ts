// Must load before dexie: liveQuery silently never runs when no global indexedDB existed
// at the moment Dexie was loaded (its guard for server-side rendering).
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { countClippingsByEntity, findClippingsByEntity } from '../../../utils/db/find-clippings-by-entity';
import { listClippings } from '../../../utils/db/list-clippings';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { freshDb, sampleClipping } from './sample-clipping';

let db: TrichBaoDb;
afterEach(() => db?.close());

/** Subscribes to a live query and resolves with its first `count` results. */
function firstResults<T>(query: () => Promise<T>, count: number, afterFirst: () => Promise<unknown>): Promise<T[]> {
  return new Promise((resolve, reject) => {
    const seen: T[] = [];
    const subscription = liveQuery(query).subscribe({
      next: (value) => {
        seen.push(value);
        if (seen.length === 1) afterFirst().catch(reject);
        if (seen.length === count) {
          subscription.unsubscribe();
          resolve(seen);
        }
      },
      error: reject,
    });
  });
}

describe('utils/db live queries', () => {
  it('re-runs listClippings when a clipping is saved (what the library UI relies on)', async () => {
    db = freshDb();
    const results = await firstResults(() => listClippings(db), 2, () => saveClipping(db, sampleClipping(), 1));
    expect(results.map((rows) => rows.length)).toEqual([0, 1]);
  });

  it('re-runs entity lookups when a matching clipping is saved', async () => {
    db = freshDb();
    const results = await firstResults(
      async () => [await countClippingsByEntity(db, 'nguyen van an'), (await findClippingsByEntity(db, 'nguyen van an')).length],
      2,
      () => saveClipping(db, sampleClipping(), 1),
    );
    expect(results).toEqual([[0, 0], [1, 1]]);
  });
});
