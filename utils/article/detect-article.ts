import {
  hasArticleBlockWithProse,
  hasJsonLdArticle,
  hasJsonLdCollection,
  hasListingUrl,
  hasManyTeasers,
  hasOgTypeArticle,
  isReaderable,
  isWebsiteRoot,
  looksLikeListing,
} from './article-predicates';

/** The verdict and every signal that led to it (shown for debugging and stored with a clipping). */
export interface ArticleDetection {
  isArticle: boolean;
  signals: Record<string, boolean>;
}

/**
 * Decides whether a page is one article, from named positive and negative predicates. Cheap
 * signals are read first and expensive ones only when the verdict still depends on them (the
 * content script runs this on every page); `signals` lists those that were evaluated.
 */
export function detectArticle(doc: Document = document, url: string = doc.URL): ArticleDetection {
  const signals: Record<string, boolean> = {};
  const predicates = {
    jsonLdArticle: () => hasJsonLdArticle(doc),
    ogTypeArticle: () => hasOgTypeArticle(doc),
    articleBlockWithProse: () => hasArticleBlockWithProse(doc),
    readerable: () => isReaderable(doc),
    listing: () => looksLikeListing(doc),
    manyTeasers: () => hasManyTeasers(doc),
    websiteRoot: () => isWebsiteRoot(doc, url),
    listingUrl: () => hasListingUrl(doc, url),
    jsonLdCollection: () => hasJsonLdCollection(doc),
  };
  const is = (name: keyof typeof predicates): boolean => (signals[name] ??= predicates[name]());

  const declared = is('jsonLdArticle') || is('ogTypeArticle');
  // Pages that declare themselves articles get the benefit of the doubt (how-tos, galleries, short news)
  // unless the listing shape is overwhelming; the other listing hints only count against undeclared pages.
  const cheapListing = is('websiteRoot') || (!declared && (is('listingUrl') || is('jsonLdCollection')));
  const hasBody = !cheapListing && (is('readerable') || (declared && is('articleBlockWithProse')));
  const listingShape = cheapListing || (hasBody && is('listing') && (!declared || is('manyTeasers')));
  return { isArticle: hasBody && !listingShape, signals };
}
