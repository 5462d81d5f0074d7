import type { Transaction } from 'dexie';
import type { Clipping, StoredClipping } from './clipping';
import { deriveIndexFields } from './derive-index-fields';
import type { EntityEntry } from './entity-entry';
import { entitySightings } from './entity-sightings';
import { mergeEntityEntry } from './merge-entity-entry';

/**
 * Version 1 → 2: fills the new index fields of every stored clipping and builds the entity
 * index from them, inside Dexie's upgrade transaction (all or nothing).
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const entries = new Map<string, EntityEntry>();
  await tx
    .table<StoredClipping, number>('clippings')
    .toCollection()
    .modify((row: StoredClipping) => {
      Object.assign(row, deriveIndexFields(row as Clipping));
      for (const sighting of entitySightings(row)) {
        const entry = entries.get(sighting.key);
        entries.set(sighting.key, mergeEntityEntry(entry, sighting, (entry?.count ?? 0) + 1));
      }
    });
  await tx.table<EntityEntry, string>('entities').bulkPut([...entries.values()]);
}
