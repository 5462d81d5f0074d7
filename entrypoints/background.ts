import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { onMessage } from '@/utils/messaging';
import { badgeText } from '@/utils/badge-text';
import { countClippingsByEntity } from '@/utils/db/find-clippings-by-entity';

export default defineBackground(() => {
  onMessage('setBadgeCount', 'content-script', async ({ count }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined) return;
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#b45309' });
    await browser.action.setBadgeText({ tabId, text: badgeText(count) });
  });
  onMessage('countClippingsByEntity', 'content-script', ({ key }) => countClippingsByEntity(undefined, key));
});
