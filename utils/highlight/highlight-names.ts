/** Kinds of entity the page highlights, one named highlight each. */
export type HighlightKind = 'official' | 'document';

/** Registered names in `CSS.highlights`; the name contains the kind. */
export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  official: 'trichbao-official',
  document: 'trichbao-document',
};

/** The third kind: passages the reader highlighted. Kept out of `HighlightKind` so the entity
 * painter (and its on/off switch) never clears them; they have their own painter. */
export const USER_HIGHLIGHT_KIND = 'user';

/** Registered name of the reader's own highlights in `CSS.highlights`. */
export const USER_HIGHLIGHT_NAME = 'trichbao-user';

/** Attribute on fallback `<mark>` elements, so they can always be found and removed. */
export const MARK_ATTRIBUTE = 'data-trichbao-mark';
