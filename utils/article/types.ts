/** Metadata of an article page, as the clipping stores it. */
export interface ArticleMetadata {
  title: string;
  author: string | null;
  /** ISO 8601 (date or date-time with offset), or null when the page does not say. */
  published: string | null;
  /** Outlet name (og:site_name, publisher) or the host name. */
  site: string;
  /** BCP 47 language tag, lower-case primary subtag ("vi", "en"), or null. */
  lang: string | null;
  /** Canonical URL with tracking parameters removed; falls back to the page URL. */
  canonicalUrl: string;
  url: string;
}
