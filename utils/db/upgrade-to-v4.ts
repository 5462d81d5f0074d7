import type { Transaction } from 'dexie';
import type { ClippingBody, StoredClipping } from './clipping';

/**
 * Version 3 → 4: moves each clipping's Markdown and text out of its row into
 * `clippingBodies` under the same id, inside Dexie's upgrade transaction (all or nothing).
 */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  // Version 4 bodies had no search tokens: version 5 moves them here.
  const bodies: Omit<ClippingBody, 'searchTokens'>[] = [];
  await tx
    .table<Partial<StoredClipping>, number>('clippings')
    .toCollection()
    .modify((row: Partial<StoredClipping>) => {
      // Rows written by any earlier version have both; a missing one becomes empty text rather than failing the upgrade.
      bodies.push({ clippingId: row.id!, markdown: typeof row.markdown === 'string' ? row.markdown : '', text: typeof row.text === 'string' ? row.text : '' });
      delete row.markdown;
      delete row.text;
    });
  await tx.table<Omit<ClippingBody, 'searchTokens'>, number>('clippingBodies').bulkAdd(bodies);
}
