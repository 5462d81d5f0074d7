import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { onMessage, sendToTab } from '@/utils/messaging';
import { badgeText } from '@/utils/badge-text';
import { countClippingsByEntity } from '@/utils/db/find-clippings-by-entity';
import { syncContentScripts } from '@/utils/permissions/sync-content-scripts';
import { ensureContentScript } from '@/utils/permissions/ensure-content-script';
import { pickUiLang, t } from '@/utils/i18n';
import { HIGHLIGHT_SELECTION_ID, highlightSelection } from '@/utils/user-highlights/highlight-selection';
import { clipTabArticle } from '@/utils/user-highlights/clip-tab-article';
import { TOOLS_SCRIPT } from '@/utils/user-highlights/installed-tools';
import { RECOGNIZER_SCRIPT } from '@/utils/entities/installed-recognizer';
import { injectIntoSender } from '@/utils/permissions/inject-into-sender';
import { pageHighlightsFor, recordTabAnchoring, saveTabHighlight } from '@/utils/user-highlights/serve-page-highlights';

/** Keyboard commands (manifest `commands`) and the step each one takes. */
const STEP_COMMANDS: Record<string, 1 | -1> = { 'next-highlight': 1, 'previous-highlight': -1 };

export default defineBackground(() => {
  // Automatic highlighting runs exactly on the sites the user granted.
  const sync = () => syncContentScripts().catch((error) => console.error('Trích Báo: content script registration failed', error));
  browser.runtime.onInstalled.addListener(sync);
  browser.runtime.onStartup.addListener(sync);
  browser.permissions.onAdded.addListener(sync);
  browser.permissions.onRemoved.addListener(sync);

  // "Highlight & clip": a context menu item on selections, and a keyboard command. Both grant
  // activeTab, so it works on any page the reader acts on.
  browser.runtime.onInstalled.addListener(async () => {
    await browser.contextMenus.removeAll();
    const title = t('highlightAndClip', pickUiLang(browser.i18n.getUILanguage()));
    browser.contextMenus.create({ id: HIGHLIGHT_SELECTION_ID, title, contexts: ['selection'] });
  });
  const highlightIn = (tabId: number | undefined) => {
    if (tabId !== undefined && tabId >= 0) highlightSelection(tabId).catch((error) => console.error('Trích Báo: highlight failed', error));
  };
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === HIGHLIGHT_SELECTION_ID) highlightIn(tab?.id);
  });
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== HIGHLIGHT_SELECTION_ID) return;
    highlightIn(tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id);
  });

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
  onMessage('highlightSelection', 'extension-page', ({ tabId }) => highlightSelection(tabId));
  onMessage('saveUserHighlight', 'content-script', (draft, sender) => saveTabHighlight(draft, sender));
  onMessage('getUserHighlights', 'content-script', ({ pageKey }, sender) => pageHighlightsFor(pageKey, sender));
  onMessage('reportAnchoring', 'content-script', (report, sender) => recordTabAnchoring(report, sender));
  // Trusted content-script senders always run in a tab (isTrustedSender checks it).
  onMessage('clipArticle', 'content-script', ({ pageKey }, sender) => clipTabArticle(sender.tab!.id!, pageKey));
  // Only into the frame that asked, and only where the extension may already run scripts.
  onMessage('loadUserHighlightTools', 'content-script', (_data, sender) => injectIntoSender(sender, TOOLS_SCRIPT));
  onMessage('loadRecognizer', 'content-script', (_data, sender) => injectIntoSender(sender, RECOGNIZER_SCRIPT));
});
