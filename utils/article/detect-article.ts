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

/** Decides whether a page is one article, from named positive and negative predicates. */
export function detectArticle(doc: Document = document, url: string = doc.URL): ArticleDetection {
  const signals = {
    jsonLdArticle: hasJsonLdArticle(doc),
    ogTypeArticle: hasOgTypeArticle(doc),
    articleBlockWithProse: hasArticleBlockWithProse(doc),
    readerable: isReaderable(doc),
    listing: looksLikeListing(doc),
    manyTeasers: hasManyTeasers(doc),
    websiteRoot: isWebsiteRoot(doc, url),
    listingUrl: hasListingUrl(doc, url),
    jsonLdCollection: hasJsonLdCollection(doc),
  };
  const declared = signals.jsonLdArticle || signals.ogTypeArticle;
  // Pages that declare themselves articles get the benefit of the doubt (how-tos, galleries, short news)
  // unless the listing shape is overwhelming; the other listing hints only count against undeclared pages.
  const listingShape =
    signals.websiteRoot || (signals.listing && (!declared || signals.manyTeasers)) || ((signals.listingUrl || signals.jsonLdCollection) && !declared);
  const hasBody = signals.readerable || (declared && signals.articleBlockWithProse);
  return { isArticle: hasBody && !listingShape, signals };
}
