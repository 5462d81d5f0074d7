import type { UserHighlightTarget } from '../anchoring/types';

/** Which text a highlight's offsets index: the article body, or the whole page's body. */
export type HighlightScope = 'article' | 'page';

/**
 * A passage the reader highlighted, stored from version 3 on. It is keyed by the page's
 * canonical URL (the same key as `Clipping.canonicalUrl`), not by clipping id, so a highlight
 * exists before, without, or after a clipping of its page and joins it through an index.
 */
export interface UserHighlight {
  /** Auto-incremented primary key; absent only before the first save. */
  id?: number;
  /** Canonical URL of the page: `Clipping.canonicalUrl` when the page is clipped. */
  pageKey: string;
  /** The address the page had when the passage was highlighted. */
  url: string;
  scope: HighlightScope;
  /** W3C Web Annotation selectors (TextPosition, TextQuote) against the scope's text. */
  target: UserHighlightTarget;
  /** The reader's note on the passage (may be empty). */
  note: string;
  /** When it was highlighted (ms since epoch). */
  createdAt: number;
  /** True when the last visit could not place it in the page: listed as an orphan, never dropped. */
  orphan: boolean;
  /** When a tab last tried to place it (ms since epoch); 0 before any revisit. */
  checkedAt: number;
}

/** What the content script hands over for a new highlight; the store adds the rest. */
export type NewUserHighlight = Pick<UserHighlight, 'pageKey' | 'url' | 'scope' | 'target' | 'note'>;

/** The highlighted text of a stored highlight (its TextQuote's `exact`). */
export function highlightExact(h: Pick<UserHighlight, 'target'>): string {
  return h.target.selectors[1]?.exact ?? '';
}
