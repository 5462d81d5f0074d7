import type { ArticleMetadata } from '../article/types';

/** What the on-demand `article-details.js` script returns from a tab: metadata and Markdown. */
export interface ArticleDetailsResult {
  metadata: ArticleMetadata;
  markdown: string;
}

/** Path of the script the background injects to read an article's metadata and Markdown. */
export const ARTICLE_DETAILS_SCRIPT = '/article-details.js';

const LIMIT = 20_000_000;
const str = (v: unknown): v is string => typeof v === 'string' && v.length < LIMIT;
const strOrNull = (v: unknown): boolean => v === null || str(v);

/** True when a script result has the expected shape (it ran in a page, so it is checked). */
export function isArticleDetailsResult(v: unknown): v is ArticleDetailsResult {
  if (typeof v !== 'object' || v === null) return false;
  const { metadata: m, markdown } = v as Partial<ArticleDetailsResult>;
  return (
    str(markdown) && typeof m === 'object' && m !== null &&
    str(m.title) && strOrNull(m.author) && strOrNull(m.published) && str(m.site) && strOrNull(m.lang) &&
    str(m.canonicalUrl) && str(m.url)
  );
}
