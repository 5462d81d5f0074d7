import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';

/** What a tab found when it placed a page's highlights again. */
export interface AnchoringReport {
  pageKey: string;
  /** Ids placed in the page. */
  anchored: number[];
  /** Ids that could not be placed: kept and flagged as orphans. */
  orphans: number[];
}

/**
 * Records which highlights of a page could be placed on the latest visit. Only rows of that
 * page change (an id of another page is ignored), and only their `orphan` flag and check time;
 * returns how many rows changed.
 */
export async function recordAnchoring(db: TrichBaoDb = defaultDb, report: AnchoringReport, now: number = Date.now()): Promise<number> {
  const orphans = new Set(report.orphans);
  const anchored = new Set(report.anchored);
  return withStorageErrors(() =>
    db.transaction('rw', db.userHighlights, () =>
      db.userHighlights
        .where('pageKey')
        .equals(report.pageKey)
        .filter((h) => h.id !== undefined && (orphans.has(h.id) || anchored.has(h.id)))
        .modify((h) => {
          h.orphan = orphans.has(h.id!);
          h.checkedAt = now;
        }),
    ),
  );
}
