import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { onMessage, sendToTab } from '@/utils/messaging';
import { badgeText } from '@/utils/badge-text';
import { countClippingsByEntity } from '@/utils/db/find-clippings-by-entity';
import { syncContentScripts } from '@/utils/permissions/sync-content-scripts';
import { ensureContentScript } from '@/utils/permissions/ensure-content-script';

/** Keyboard commands (manifest `commands`) and the step each one takes. */
const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-highlight': 1, 'previous-highlight': -1 };

export default defineBackground(() => {
  // Automatic highlighting runs exactly on the sites the user granted.
  const sync = () => syncContentScripts().catch((error) => console.error('Trích Báo: content script registration failed', error));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  browser.commands.onCommand.addListener(async (command, tab) => {
    const direction = STEP_COMMANDS[command];
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (direction === undefined || tabId === undefined) return;
    // The command grants activeTab, so the script can be injected on sites not granted for good.
    const step = () => sendToTab(tabId, 'stepHighlight', { direction });
    await ensureContentScript(tabId, () => step().then(() => true, () => false)).catch(() => undefined);
  });

  onMessage('setBadgeCount', 'content-script', async ({ count }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
    await browser.action.setBadgeText({ tabId, text: badgeText(count) });
  });
  onMessage('countClippingsByEntity', 'content-script', ({ key }) => countClippingsByEntity(undefined, key));
});
