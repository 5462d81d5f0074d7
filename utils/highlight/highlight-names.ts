/** Kinds of entity the page highlights, one named highlight each. */
export type HighlightKind = 'official' | 'document';

/** Registered names in `CSS.highlights`; the name contains the kind. */
export const HIGHLIGHT_NAMES: Record<HighlightKind, string> = {
  official: 'trichbao-official',
  document: 'trichbao-document',
};

/** Attribute on fallback `<mark>` elements, so they can always be found and removed. */
export const MARK_ATTRIBUTE = 'data-trichbao-mark';
