import type { EntityTable } from 'dexie';
import { applyEntityDeltas } from './apply-entity-delta';
import type { Clipping, StoredClipping } from './clipping';
import { deriveIndexFields } from './derive-index-fields';
import { planClippingImport } from './plan-clipping-import';
import { planHighlightImport } from './plan-highlight-import';
import { applySearchChanges } from './search-changes';
import type { SearchChange } from './search-postings';
import { withStorageErrors } from './storage-error';
import { splitBody } from './with-bodies';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';
import type { UserHighlight } from './user-highlight';

/**
 * What an import did: clippings added, replaced by a newer copy, or left because ours was as
 * new or newer; highlights (only when the backup had some) added, or left because the same
 * one (page and selectors) was already here.
 */
export interface ImportResult {
  added: number;
  updated: number;
  skipped: number;
  highlights?: { added: number; skipped: number };
}

/** Options of {@link importClippings}. */
export interface ImportOptions {
  /** Only count what would be added, updated and skipped; write nothing (for a confirmation step). */
  dryRun?: boolean;
  /** The reader's highlights of the backup (format version 2), merged in the same transaction. */
  userHighlights?: readonly UserHighlight[];
  /** Rows written so far and in all, after each batch (called inside the transaction: keep it synchronous and quick). */
  onProgress?: (done: number, total: number) => void;
}

// Rows per bulk write: large enough to amortise a request, small enough to report progress.
const BATCH = 500;

/** Ids of `ids` already used in a table (one bulkGet). */
async function usedIds<T>(table: { bulkGet(keys: number[]): PromiseLike<(T | undefined)[]> }, ids: number[]): Promise<Set<number>> {
  const rows = await table.bulkGet(ids);
  return new Set(ids.filter((_, i) => rows[i] !== undefined));
}

function definedIds(rows: ReadonlyArray<{ id?: number }>): number[] {
  return [...new Set(rows.map((r) => r.id).filter((id): id is number => id !== undefined))];
}

/**
 * Writes rows in batches, those with an id first so the key generator never hands out an id
 * a later row wants; `written` gets each batch with the ids it was stored under.
 */
async function writeInBatches<T extends { id?: number }>(
  table: EntityTable<T, 'id'>,
  rows: readonly T[],
  written: (batch: T[], ids: number[]) => Promise<void> | void,
): Promise<void> {
  const keyed = rows.filter((r) => r.id !== undefined);
  const fresh = rows.filter((r) => r.id === undefined);
  for (let i = 0; i < keyed.length; i += BATCH) {
    const batch = keyed.slice(i, i + BATCH);
    await table.bulkPut(batch);
    await written(batch, batch.map((r) => r.id!));
  }
  for (let i = 0; i < fresh.length; i += BATCH) {
    const batch = fresh.slice(i, i + BATCH);
    const ids = (await table.bulkAdd(batch as never[], { allKeys: true })) as unknown as number[];
    await written(batch, ids);
  }
}

/**
 * Restores a backup's clippings and highlights in ONE transaction over every table it
 * touches, all or nothing, with a few bulk reads and batched bulk writes: clippings are
 * matched by canonical URL (never a duplicate), the copy edited last wins, the earliest clip
 * time is kept; a highlight already here (same page, same selectors) is not added again. New
 * rows keep their backup ids when free, so a backup restored into an empty library exports
 * to the same bytes.
 */
export async function importClippings(
  db: TrichBaoDb = defaultDb,
  clippings: readonly Clipping[],
  { dryRun = false, userHighlights = [], onProgress }: ImportOptions = {},
): Promise<ImportResult> {
  return withStorageErrors(() =>
    db.transaction(dryRun ? 'r' : 'rw', [db.clippings, db.clippingBodies, db.entities, db.userHighlights, db.searchPostings, db.searchPending], async () => {
      const urls = [...new Set(clippings.map((c) => c.canonicalUrl))];
      const pageKeys = [...new Set(userHighlights.map((h) => h.pageKey))];
      const [existing, takenClippingIds, pageHighlights, takenHighlightIds] = await Promise.all([
        urls.length === 0 ? [] : db.clippings.where('canonicalUrl').anyOf(urls).toArray(),
        usedIds(db.clippings, definedIds(clippings)),
        pageKeys.length === 0 ? [] : db.userHighlights.where('pageKey').anyOf(pageKeys).toArray(),
        usedIds(db.userHighlights, definedIds(userHighlights)),
      ]);
      const plan = planClippingImport(clippings, new Map(existing.map((row) => [row.canonicalUrl, row])), takenClippingIds);
      const highlights = planHighlightImport(userHighlights, pageHighlights, takenHighlightIds);
      const result: ImportResult = { added: plan.added, updated: plan.updated, skipped: plan.skipped };
      if (userHighlights.length > 0) result.highlights = { added: highlights.added.length, skipped: highlights.skipped };
      if (dryRun) return result;
      const total = plan.writes.length + highlights.added.length;
      let done = 0;
      const progress = (n: number) => onProgress?.((done += n), total);
      const parts = plan.writes.map(({ row }) => splitBody<StoredClipping>({ ...row, ...deriveIndexFields(row) }));
      // The tokens the postings hold for replaced rows, from their stored bodies.
      const replaced = plan.writes.map((w) => w.existing?.id).filter((id): id is number => id !== undefined);
      const oldBodies = replaced.length === 0 ? [] : await db.clippingBodies.bulkGet(replaced);
      const tokensBefore = new Map(replaced.map((id, i) => [id, oldBodies[i]?.searchTokens]));
      const bodyOf = new Map(parts.map((p, i) => [p.row, { body: p.body, before: tokensBefore.get(plan.writes[i]!.existing?.id ?? -1) }]));
      await writeInBatches(db.clippings, parts.map((p) => p.row), async (batch, ids) => {
        await db.clippingBodies.bulkPut(batch.map((row, i) => ({ clippingId: ids[i]!, ...bodyOf.get(row)!.body })));
        await applySearchChanges(db, batch.map((row, i): SearchChange => [ids[i]!, bodyOf.get(row)!.before, bodyOf.get(row)!.body.searchTokens]));
        progress(batch.length);
      });
      await applyEntityDeltas(db, plan.writes.map(({ row, existing: before }) => [before, row] as const));
      await writeInBatches(db.userHighlights, highlights.added, (batch) => progress(batch.length));
      return result;
    }),
  );
}
