import type { Clipping } from './clipping';
import type { EntityEntry } from './entity-entry';
import { entitySightings } from './entity-sightings';
import { mergeEntityEntry } from './merge-entity-entry';
import type { TrichBaoDb } from './trich-bao-db';

/** What the index reads of a clipping (a row without its body will do). */
type EntityHolder = Pick<Clipping, 'officials' | 'documents'>;

/** One clipping going from `before` to `after` (either may be absent: added, deleted). */
export type EntityChange = readonly [before: EntityHolder | undefined, after: EntityHolder | undefined];

/**
 * Keeps the entity index in step with clippings changing, in the order given, as if each
 * change were applied alone: one bulkGet of every key touched, one bulkPut and one bulkDelete.
 * Must run inside the caller's read-write transaction on both tables, so counts never drift.
 */
export async function applyEntityDeltas(db: TrichBaoDb, changes: readonly EntityChange[]): Promise<void> {
  const steps = changes.map(([before, after]) => ({
    beforeKeys: new Set(before ? entitySightings(before).map((s) => s.key) : []),
    sightings: new Map((after ? entitySightings(after) : []).map((s) => [s.key, s])),
  }));
  const keys = [...new Set(steps.flatMap((s) => [...s.beforeKeys, ...s.sightings.keys()]))];
  if (keys.length === 0) return;
  const stored = await db.entities.bulkGet(keys);
  const entries = new Map<string, EntityEntry | undefined>(keys.map((key, i) => [key, stored[i]]));
  for (const { beforeKeys, sightings } of steps) {
    for (const key of new Set([...beforeKeys, ...sightings.keys()])) {
      const row = entries.get(key);
      const sighting = sightings.get(key);
      const delta = (sighting ? 1 : 0) - (beforeKeys.has(key) ? 1 : 0);
      // A kept key whose entry is missing (should not happen) is rebuilt with count 1.
      const count = Math.max((row?.count ?? 0) + delta, sighting ? 1 : 0);
      if (count <= 0) entries.set(key, undefined);
      else if (sighting) entries.set(key, mergeEntityEntry(row, sighting, count));
      else if (row) entries.set(key, { ...row, count });
    }
  }
  const puts: EntityEntry[] = [];
  const deletes: string[] = [];
  keys.forEach((key, i) => {
    const entry = entries.get(key);
    if (entry) puts.push(entry);
    else if (stored[i]) deletes.push(key);
  });
  if (deletes.length > 0) await db.entities.bulkDelete(deletes);
  if (puts.length > 0) await db.entities.bulkPut(puts);
}

/**
 * Keeps the entity index in step with one clipping going from `before` to `after` (either may
 * be absent: added, deleted). Must run inside the caller's read-write transaction on both
 * tables, so counts never drift from the clippings.
 */
export async function applyEntityDelta(db: TrichBaoDb, before: EntityHolder | undefined, after: EntityHolder | undefined): Promise<void> {
  await applyEntityDeltas(db, [[before, after]]);
}
