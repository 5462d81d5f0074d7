import type { Clipping, ClippingSummary } from './clipping';
import { entityKeys } from './entity-keys';
import { normalizeTags } from './normalize-tags';

/** One row an import writes: the clipping as it will be stored and the stored row it replaces. */
export interface PlannedClipping {
  row: Clipping;
  existing: ClippingSummary | undefined;
}

/** What importing clippings will do, decided before any write. */
export interface ClippingImportPlan {
  added: number;
  updated: number;
  skipped: number;
  /** The final row of each canonical URL that changes, in the order its winning copy came. */
  writes: PlannedClipping[];
}

/**
 * Decides an import as if the copies were applied one by one (pure; reads were done by the
 * caller): matched by canonical URL (never a duplicate), the copy edited last wins, the
 * earliest clip time is kept, and a new row keeps its backup id when nothing here uses it.
 */
export function planClippingImport(
  clippings: readonly Clipping[],
  existingByUrl: ReadonlyMap<string, ClippingSummary>,
  takenIds: ReadonlySet<number>,
): ClippingImportPlan {
  const plan: ClippingImportPlan = { added: 0, updated: 0, skipped: 0, writes: [] };
  const winners = new Map<string, { row: Clipping; order: number }>();
  const claimed = new Set(takenIds);
  clippings.forEach((incoming, order) => {
    const existing = existingByUrl.get(incoming.canonicalUrl);
    const earlier = winners.get(incoming.canonicalUrl)?.row;
    const current = earlier ?? existing;
    if (current && current.updatedAt >= incoming.updatedAt) {
      plan.skipped++;
      return;
    }
    if (current) plan.updated++;
    else plan.added++;
    const { id: backupId, ...fields } = incoming;
    const row: Clipping = {
      ...fields,
      entityKeys: entityKeys(incoming), // recomputed: the index must match the entities
      tags: normalizeTags(incoming.tags),
      clippedAt: Math.min(incoming.clippedAt, current?.clippedAt ?? Infinity),
    };
    if (current?.id !== undefined) row.id = current.id;
    else if (current === undefined && backupId !== undefined && !claimed.has(backupId)) {
      row.id = backupId;
      claimed.add(backupId);
    }
    winners.set(incoming.canonicalUrl, { row, order });
  });
  plan.writes = [...winners.values()]
    .sort((a, b) => a.order - b.order)
    .map(({ row }) => ({ row, existing: existingByUrl.get(row.canonicalUrl) }));
  return plan;
}
