import type { ClippingBody, ClippingSummary, StoredClipping } from './clipping';
import type { TrichBaoDb } from './trich-bao-db';

/**
 * Full clippings from small rows: their bodies (with the search tokens) in one bulkGet, in
 * the rows' order (a row whose body is missing gets empty text rather than vanishing). Call
 * inside a transaction that includes `clippingBodies` when the rows must match their bodies exactly.
 */
export async function withBodies(db: TrichBaoDb, rows: readonly ClippingSummary[]): Promise<StoredClipping[]> {
  const bodies = await db.clippingBodies.bulkGet(rows.map((r) => r.id!));
  return rows.map((row, i) => ({ ...row, markdown: bodies[i]?.markdown ?? '', text: bodies[i]?.text ?? '', searchTokens: bodies[i]?.searchTokens ?? [] }));
}

/** The row and body of a full clipping, as the two tables keep them (the body row still needs its `clippingId`). */
export function splitBody<T extends StoredClipping>(c: T): { row: Omit<T, 'markdown' | 'text' | 'searchTokens'>; body: Omit<ClippingBody, 'clippingId'> } {
  const { markdown, text, searchTokens, ...row } = c;
  return { row, body: { markdown, text, searchTokens } };
}
