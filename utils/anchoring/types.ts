/** W3C Web Annotation TextQuoteSelector: the selected text with a little context either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: UTF-16 offsets into the article text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** What a user highlight stores to find its text again on a later visit. */
export interface UserHighlightTarget {
  selectors: [TextPositionSelector, TextQuoteSelector];
}

/** How a target was placed: unchanged position, the quote found verbatim, or found approximately. */
export type AnchorMethod = 'position' | 'quote-exact' | 'quote-fuzzy';

/** A target placed in the current text; offsets index the text given to `anchorTarget`. */
export interface Anchor {
  start: number;
  end: number;
  method: AnchorMethod;
}
