import type { Clipping } from '@/utils/db/clipping';
import { listUserHighlights } from '@/utils/db/list-user-highlights';
import { withStorageErrors } from '@/utils/db/storage-error';
import type { TrichBaoDb } from '@/utils/db/trich-bao-db';
import { highlightExact, type UserHighlight } from '@/utils/db/user-highlight';
import type { UserHighlightLike } from '@/utils/export/clipping-like';

/** A clipping with the reader's highlights on its page, as the Markdown exporters take them. */
export type ClippingWithHighlights = Clipping & { userHighlights: UserHighlightLike[] };

/** What the Markdown shows of a stored highlight: its text and the reader's note (orphans too: the text is still theirs). */
export function toUserHighlightLike(h: UserHighlight): UserHighlightLike {
  return { exact: highlightExact(h), note: h.note };
}

/**
 * The clippings with the reader's highlights attached (oldest first), read in one
 * transaction. Highlights live in their own table keyed by the page's canonical URL.
 */
export async function attachUserHighlights(db: TrichBaoDb, clippings: readonly Clipping[]): Promise<ClippingWithHighlights[]> {
  const lists = await withStorageErrors(() =>
    db.transaction('r', db.userHighlights, () => Promise.all(clippings.map((c) => listUserHighlights(db, c.canonicalUrl)))),
  );
  return clippings.map((c, i) => ({ ...c, userHighlights: lists[i]!.map(toUserHighlightLike) }));
}
