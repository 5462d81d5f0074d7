import Dexie from 'dexie';
import { parseQuery } from '../search/parse-query';
import type { EntityEntry } from './entity-entry';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** A page of the entity index. */
export interface ListEntitiesOptions {
  kind: EntityEntry['kind'];
  /** Words of the name, diacritic-blind (`tran sy` finds Trần Sỹ Thanh). */
  search?: string;
  limit?: number;
  offset?: number;
}

const byCount = (a: EntityEntry, b: EntityEntry) => b.count - a.count || a.name.localeCompare(b.name, 'vi');

/** Officials or documents across all clippings, most clipped first, with how many there are in all. */
export async function listEntities(
  db: TrichBaoDb = defaultDb,
  { kind, search = '', limit = 100, offset = 0 }: ListEntitiesOptions,
): Promise<{ total: number; rows: EntityEntry[] }> {
  const tokens = parseQuery(search);
  return withStorageErrors(() =>
    db.transaction('r', db.entities, async () => {
      if (tokens.length === 0) {
        const range = db.entities.where('[kind+count]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]);
        const [total, rows] = await Promise.all([range.count(), range.reverse().offset(offset).limit(limit).toArray()]);
        return { total, rows };
      }
      const sets = await Promise.all(tokens.map(async (t) => new Set(await db.entities.where('tokens').startsWithAnyOf(t.prefixes).primaryKeys())));
      const [first, ...rest] = sets.sort((a, b) => a.size - b.size);
      const keys = [...first!].filter((key) => rest.every((s) => s.has(key)));
      const rows = (await db.entities.bulkGet(keys)).filter((e): e is EntityEntry => e !== undefined && e.kind === kind);
      return { total: rows.length, rows: rows.sort(byCount).slice(offset, offset + limit) };
    }),
  );
}

/** One entry of the entity index by key (an index hit), or undefined. */
export async function getEntity(db: TrichBaoDb = defaultDb, key: string): Promise<EntityEntry | undefined> {
  return withStorageErrors(() => db.entities.get(key));
}
