import { applyEntityDelta } from './apply-entity-delta';
import type { Clipping, StoredClipping } from './clipping';
import { deriveIndexFields } from './derive-index-fields';
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

/** Options of {@link importClippings}. */
export interface ImportOptions {
  /** Only count what would be added, updated and skipped; write nothing (for a confirmation step). */
  dryRun?: boolean;
}

/**
 * Restores clippings (e.g. from a backup) in one transaction over the clippings and the
 * entity index, all or nothing: matched by
 * canonical URL (never a duplicate), the copy edited last wins, the earliest clip time is
 * kept. A new row keeps the id it had in the backup when that id is free here, so a backup
 * restored into an empty library exports to the same bytes.
 */
export async function importClippings(
  db: TrichBaoDb = defaultDb,
  clippings: readonly Clipping[],
  { dryRun = false }: ImportOptions = {},
): Promise<ImportResult> {
  const result: ImportResult = { added: 0, updated: 0, skipped: 0 };
  const seen = new Map<string, number>(); // canonical URL → updatedAt of rows met earlier in this import (dry run)
  await withStorageErrors(() =>
    db.transaction(dryRun ? 'r' : 'rw', db.clippings, db.entities, async () => {
      for (const incoming of clippings) {
        const existing = await db.clippings.where('canonicalUrl').equals(incoming.canonicalUrl).first();
        const current = Math.max(existing?.updatedAt ?? -Infinity, seen.get(incoming.canonicalUrl) ?? -Infinity);
        if (current >= incoming.updatedAt) {
          result.skipped++;
          continue;
        }
        if (existing || seen.has(incoming.canonicalUrl)) result.updated++;
        else result.added++;
        if (dryRun) {
          seen.set(incoming.canonicalUrl, incoming.updatedAt);
          continue;
        }
        const { id: backupId, ...fields } = incoming;
        const merged: Clipping = {
          ...fields,
          entityKeys: entityKeys(incoming), // recomputed: the index must match the entities
          tags: normalizeTags(incoming.tags),
          clippedAt: Math.min(incoming.clippedAt, existing?.clippedAt ?? Infinity),
        };
        const row: StoredClipping = { ...merged, ...deriveIndexFields(merged) };
        if (existing?.id !== undefined) row.id = existing.id;
        else if (backupId !== undefined && (await db.clippings.get(backupId)) === undefined) row.id = backupId;
        await db.clippings.put(row);
        await applyEntityDelta(db, existing, row);
      }
    }),
  );
  return result;
}
