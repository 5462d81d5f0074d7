import { defineUnlistedScript } from '#imports';
import { articleDetails } from '@/utils/article/article-details';
import { parseHtml } from '@/utils/popup/complete-snapshot';
import type { ArticleDetailsResult } from '@/utils/user-highlights/article-details-result';

// Injected by the background only for "Highlight & clip" on an article not clipped yet; its
// return value is the result of scripting.executeScript. Readability and Turndown stay out of
// the content script that runs on every page. A parsed copy is read: Readability alters its input.
export default defineUnlistedScript((): ArticleDetailsResult => {
  const html = new XMLSerializer().serializeToString(document);
  return articleDetails(parseHtml(html), location.href, true);
});
