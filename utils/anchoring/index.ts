/** Anchoring of user highlights: describe a selection with W3C selectors, place it again later. */
export { anchorTarget } from './anchor-target';
export { describeSpan } from './describe-span';
export type { Anchor, AnchorMethod, TextPositionSelector, TextQuoteSelector, UserHighlightTarget } from './types';
