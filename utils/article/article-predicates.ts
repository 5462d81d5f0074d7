import { isProbablyReaderable } from './readerable';
import { findJsonLdArticle, jsonLdTypes, readJsonLd } from './read-json-ld';
import { bodyProseLength, teaserLinkCount } from './prose';

/** A page-level test: one small, named reason to think a page is (or is not) an article. */
export type ArticlePredicate = (doc: Document, url?: string) => boolean;

/** Prose (in characters) that makes a block an article body rather than a teaser. */
const ARTICLE_PROSE = 500;
/** Below this much body prose, a page full of headline links is a listing. */
const LISTING_MAX_PROSE = 1000;

/** JSON-LD declares an Article, NewsArticle, BlogPosting… (also inside `@graph` and arrays). */
export const hasJsonLdArticle: ArticlePredicate = (doc) => findJsonLdArticle(doc) !== null;

function ogType(doc: Document): string {
  return (doc.querySelector('meta[property="og:type" i]')?.getAttribute('content') ?? '').trim().toLowerCase();
}

/** `og:type` is `article` (or a namespaced article type). */
export const hasOgTypeArticle: ArticlePredicate = (doc) => /^article\b/.test(ogType(doc));

/** `og:type` is `website`: what outlets put on home and section pages. */
export const hasOgTypeWebsite: ArticlePredicate = (doc) => ogType(doc) === 'website';

/** JSON-LD describes the page as a collection or search results page rather than a story. */
export const hasJsonLdCollection: ArticlePredicate = (doc) =>
  readJsonLd(doc).some((node) => jsonLdTypes(node).some((t) => /^(CollectionPage|SearchResultsPage|ItemList)$/.test(t)));

/** An `<article>`, `<main>` or articleBody block holds enough paragraph prose to be a story. */
export const hasArticleBlockWithProse: ArticlePredicate = (doc) =>
  Array.from(doc.querySelectorAll('article, main, [role="main"], [itemprop~="articleBody"]')).some(
    (block) => bodyProseLength(block) >= ARTICLE_PROSE,
  );

/** Readability's own quick test that the page has a readable body. */
export const isReaderable: ArticlePredicate = (doc) => {
  try {
    return isProbablyReaderable(doc);
  } catch {
    return false;
  }
};

/**
 * Many headline links and no block of running prose: home pages, category and tag listings,
 * search results, video and photo indexes. Article pages carry related links too, but also a body.
 */
export const looksLikeListing: ArticlePredicate = (doc) => {
  const teasers = teaserLinkCount(doc);
  if (teasers < 8) return false;
  return bodyProseLength(doc) < LISTING_MAX_PROSE;
};

/** Twenty or more headline links: a front page or section page even when it calls itself an article. */
export const hasManyTeasers: ArticlePredicate = (doc) => teaserLinkCount(doc) >= 20;

function pathOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}

/** The URL is a site's front page ("/", "/index.html", a bare language folder). */
export const isRootPath: ArticlePredicate = (doc, url = doc.URL) => {
  const path = pathOf(url);
  return path !== null && /^\/(?:(?:index|default|home)\.(?:html?|php|aspx?))?(?:[a-z]{2}\/?)?$/i.test(path);
};

/** `og:type=website` on the site's front page: a home page, never one story. */
export const isWebsiteRoot: ArticlePredicate = (doc, url) => hasOgTypeWebsite(doc) && isRootPath(doc, url);

/** The URL path or query names a listing: tag, topic, category, search pages (English and Vietnamese slugs). */
export const hasListingUrl: ArticlePredicate = (doc, url = doc.URL) => {
  const path = pathOf(url);
  if (path === null) return false;
  if (/^\/(?:[^/]+\/)*(?:tag|tags|topic|topics|chu-de|the|tim-kiem|search|category|categories|danh-muc|archive|chuyen-muc)(?:\/|$)/i.test(path)) return true;
  return /[?&](?:q|query|keyword|keywords|s|tu-khoa)=/i.test(new URL(url!).search);
};
