import type { Clipping } from './clipping';
import { entityKeys } from './entity-keys';
import { normalizeTags } from './normalize-tags';
import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** What an import did: rows added, rows replaced by a newer copy, rows left because ours was as new or newer. */
export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
}

/**
 * Restores clippings (e.g. from a backup) in one transaction, all or nothing: matched by
 * canonical URL, the copy edited last wins, the earliest clip time is kept, ids are local.
 */
export async function importClippings(db: TrichBaoDb = defaultDb, clippings: readonly Clipping[]): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, skipped: 0 };
  await withStorageErrors(() =>
    db.transaction('rw', db.clippings, async () => {
      for (const incoming of clippings) {
        const existing = await db.clippings.where('canonicalUrl').equals(incoming.canonicalUrl).first();
        if (existing && existing.updatedAt >= incoming.updatedAt) {
          result.skipped++;
          continue;
        }
        const { id: _ignored, ...fields } = incoming;
        const row: Clipping = {
          ...fields,
          entityKeys: entityKeys(incoming), // recomputed: the index must match the entities
          tags: normalizeTags(incoming.tags),
          clippedAt: Math.min(incoming.clippedAt, existing?.clippedAt ?? Infinity),
        };
        if (existing?.id !== undefined) row.id = existing.id;
        await db.clippings.put(row);
        if (existing) result.updated++;
        else result.added++;
      }
    }),
  );
  return result;
}
