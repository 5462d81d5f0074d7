import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './launch-extension';

/** Opens a page in a new tab through the extension API, so the test knows the tab's id. */
export async function openTab(ext: ExtensionBrowser, url: string): Promise<{ page: Page; tabId: number }> {
  const pageEvent = ext.context.waitForEvent('page', (p) => p.url() === url);
  const tabId = await ext.worker.evaluate(async (u) => (await chrome.tabs.create({ url: u })).id!, url);
  const page = await pageEvent;
  await page.waitForLoadState('load');
  return { page, tabId };
}
