import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILES } from './sync-content-scripts';

/**
 * Injects the content script into a tab the user acted on (activeTab), unless it already runs
 * there. The script guards itself against running twice.
 */
export async function ensureContentScript(tabId: number, isRunning: () => Promise<boolean>): Promise<void> {
  if (await isRunning()) return;
  await browser.scripting.insertCSS({ target: { tabId }, files: [...CONTENT_SCRIPT_FILES.css] });
  await browser.scripting.executeScript({ target: { tabId }, files: [...CONTENT_SCRIPT_FILES.js] });
}
