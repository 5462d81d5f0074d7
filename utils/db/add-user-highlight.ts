import { withStorageErrors } from './storage-error';
import { db as defaultDb, type TrichBaoDb } from './trich-bao-db';
import type { NewUserHighlight, UserHighlight } from './user-highlight';

/** Stores a new highlight (placed, since it was just made on the page) and returns it with its id. */
export async function addUserHighlight(db: TrichBaoDb = defaultDb, input: NewUserHighlight, now: number = Date.now()): Promise<UserHighlight> {
  // Fields copied one by one so stray properties of a message never reach the store.
  const row: UserHighlight = {
    pageKey: input.pageKey,
    url: input.url,
    scope: input.scope,
    target: { selectors: [{ ...input.target.selectors[0] }, { ...input.target.selectors[1] }] },
    note: input.note,
    createdAt: now,
    orphan: false,
    checkedAt: now,
  };
  const id = await withStorageErrors(() => db.userHighlights.add(row));
  return { ...row, id };
}
