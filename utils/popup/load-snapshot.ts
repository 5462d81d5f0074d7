import { isPageSnapshot, type ArticleSnapshot, type PageSnapshot } from '../article-snapshot';
import { sendToTab } from '../messaging';
import { ensureContentScript } from '../permissions/ensure-content-script';
import { completeSnapshot } from './complete-snapshot';

/**
 * Asks the tab's content script for its article and completes it (metadata, Markdown). Where
 * the script does not run yet (a site without automatic highlighting), it is injected first
 * through the activeTab grant.
 */
export async function loadSnapshot(tabId: number): Promise<ArticleSnapshot> {
  const ask = () => sendToTab(tabId, 'getArticleSnapshot', {});
  let page: PageSnapshot | undefined;
  await ensureContentScript(tabId, async () => {
    try {
      page = await ask();
      return true;
    } catch {
      return false;
    }
  });
  page ??= await ask();
  if (!isPageSnapshot(page)) throw new Error('The page gave no article snapshot.');
  return completeSnapshot(page);
}
