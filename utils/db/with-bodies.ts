import type { Clipping, ClippingSummary, StoredClipping } from './clipping';
import type { TrichBaoDb } from './trich-bao-db';

/**
 * Full clippings from small rows: their bodies in one bulkGet, in the rows' order (a row
 * whose body is missing gets empty text rather than vanishing). Call inside a transaction
 * that includes `clippingBodies` when the rows must match their bodies exactly.
 */
export async function withBodies(db: TrichBaoDb, rows: readonly ClippingSummary[]): Promise<StoredClipping[]> {
  const bodies = await db.clippingBodies.bulkGet(rows.map((r) => r.id!));
  return rows.map((row, i) => ({ ...row, markdown: bodies[i]?.markdown ?? '', text: bodies[i]?.text ?? '' }));
}

/** The row and body of a full clipping, as the two tables keep them. */
export function splitBody<T extends Clipping>(c: T): { row: Omit<T, 'markdown' | 'text'>; markdown: string; text: string } {
  const { markdown, text, ...row } = c;
  return { row, markdown, text };
}
