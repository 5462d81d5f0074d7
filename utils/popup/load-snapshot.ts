import type { ArticleSnapshot } from '../article-snapshot';
import { sendToTab } from '../messaging';
import { ensureContentScript } from '../permissions/ensure-content-script';

/**
 * Asks the tab's content script for its article. Where the script does not run yet (a site
 * without automatic highlighting), it is injected first through the activeTab grant.
 */
export async function loadSnapshot(tabId: number): Promise<ArticleSnapshot> {
  const ask = () => sendToTab(tabId, 'getArticleSnapshot', {});
  let snapshot: ArticleSnapshot | undefined;
  await ensureContentScript(tabId, async () => {
    try {
      snapshot = await ask();
      return true;
    } catch {
      return false;
    }
  });
  snapshot ??= await ask();
  if (!snapshot || typeof snapshot !== 'object' || typeof snapshot.isArticle !== 'boolean') {
    throw new Error('The page gave no article snapshot.');
  }
  return snapshot;
}
