import type { Clipping } from './clipping';
import type { EntityEntry } from './entity-entry';
import { entitySightings } from './entity-sightings';
import { mergeEntityEntry } from './merge-entity-entry';
import type { TrichBaoDb } from './trich-bao-db';

/**
 * Keeps the entity index in step with one clipping going from `before` to `after` (either may
 * be absent: added, deleted). Must run inside the caller's read-write transaction on both
 * tables, so counts never drift from the clippings.
 */
export async function applyEntityDelta(db: TrichBaoDb, before: Clipping | undefined, after: Clipping | undefined): Promise<void> {
  const beforeKeys = new Set(before ? entitySightings(before).map((s) => s.key) : []);
  const sightings = new Map((after ? entitySightings(after) : []).map((s) => [s.key, s]));
  const keys = [...new Set([...beforeKeys, ...sightings.keys()])];
  if (keys.length === 0) return;
  const rows = await db.entities.bulkGet(keys);
  const puts: EntityEntry[] = [];
  const deletes: string[] = [];
  keys.forEach((key, i) => {
    const row = rows[i];
    const sighting = sightings.get(key);
    const delta = (sighting ? 1 : 0) - (beforeKeys.has(key) ? 1 : 0);
    // A kept key whose entry is missing (should not happen) is rebuilt with count 1.
    const count = Math.max((row?.count ?? 0) + delta, sighting ? 1 : 0);
    if (count <= 0) {
      if (row) deletes.push(key);
    } else if (sighting) {
      puts.push(mergeEntityEntry(row, sighting, count));
    } else if (row) {
      puts.push({ ...row, count });
    }
  });
  if (deletes.length > 0) await db.entities.bulkDelete(deletes);
  if (puts.length > 0) await db.entities.bulkPut(puts);
}
