import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { badgeText } from '@/utils/badge-text';
import { countClippingsByEntity } from '@/utils/db/find-clippings-by-entity';
import { syncContentScripts } from '@/utils/permissions/sync-content-scripts';

export default defineBackground(() => {
  // Automatic highlighting runs exactly on the sites the user granted.
  const sync = () => syncContentScripts().catch((error) => console.error('Trích Báo: content script registration failed', error));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  onMessage('setBadgeCount', 'content-script', async ({ count }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
    await browser.action.setBadgeText({ tabId, text: badgeText(count) });
  });
  onMessage('countClippingsByEntity', 'content-script', ({ key }) => countClippingsByEntity(undefined, key));
});
