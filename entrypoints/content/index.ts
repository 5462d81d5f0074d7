import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { createArticleHighlighter, type ArticleHighlighter } from '@/utils/page/article-highlighter';
import { enableEntityHover } from '@/utils/hover/entity-hover';
import { createMentionStepper } from '@/utils/hover/mention-stepper';
import { onMessage, sendToBackground } from '@/utils/messaging';
import { pageString as t, pickUiLang } from '@/utils/page-strings';
import { findArticleText } from '@/utils/page/find-article-text';
import { loadRecognizer } from '@/utils/page/load-recognizer';
import { createPageUserHighlights, type PageUserHighlights } from '@/utils/user-highlights/page-user-highlights';
import { pageKey } from '@/utils/user-highlights/page-key';
import { installedTools } from '@/utils/user-highlights/installed-tools';
import { highlightsAllowed } from '@/utils/settings/highlight-settings';
import { readHighlightSettings, watchHighlightSettings } from '@/utils/settings/highlight-settings-item';
import './highlights.css';

export default defineContentScript({
  // Registered at run time for the sites the user granted, or injected on a click (activeTab).
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    // Answered from the start: "Highlight & clip" may inject this script and ask at once.
    let readyUser: (h: PageUserHighlights) => void = () => undefined;
    const userReady = new Promise<PageUserHighlights>((resolve) => (readyUser = resolve));
    ctx.onInvalidated(onMessage('captureUserHighlight', 'extension-page', async () => (await userReady).capture()));
    const settings = await readHighlightSettings().catch(() => null);
    let lastCount = -1;
    const tellCount = (count: number) => {
      if (count === lastCount) return;
      lastCount = count;
      // The background may be restarting; the next scan tells it again.
      sendToBackground('setBadgeCount', { count }).catch(() => undefined);
    };
    // A live page changes often: its reader highlights are placed again once it settles.
    let userTimer: ReturnType<typeof setTimeout> | undefined;
    const refreshUserSoon = () => {
      clearTimeout(userTimer);
      userTimer = setTimeout(() => void userReady.then((user) => user.refresh()), 500);
    };
    ctx.onInvalidated(() => clearTimeout(userTimer));
    const report = (highlighter: ArticleHighlighter) => {
      // End-to-end tests check that a live page is read block by block, not again as a whole.
      if (import.meta.env.MODE === 'e2e') window.postMessage({ trichbaoStats: { ...highlighter.stats } }, '*');
    };
    const highlighter: ArticleHighlighter = createArticleHighlighter(document, {
      url: () => location.href,
      loadRecognizer: () => loadRecognizer(() => sendToBackground('loadRecognizer', {})),
      signal: ctx.signal,
      visible: settings ? highlightsAllowed(settings, location.href) : true,
      onScan(scan) {
        // The reader's highlights are placed again in the text each scan reads.
        void userReady.then((user) => user.refresh());
        tellCount(scan?.entityCount ?? 0);
        report(highlighter);
      },
      onUpdate(scan) {
        refreshUserSoon();
        tellCount(scan.entityCount);
        report(highlighter);
      },
    });
    const lang = pickUiLang(browser.i18n.getUILanguage());
    const visibleScan = () => (highlighter.visible ? highlighter.scan : null);
    const cards = enableEntityHover(
      document,
      {
        current: visibleScan,
        savedCount: (key) => sendToBackground('countClippingsByEntity', { key }),
        clip: () => sendToBackground('clipArticle', { pageKey: pageKey(document, location.href) }),
        lang,
      },
      ctx.signal,
    );
    const stepper = createMentionStepper();
    const userHighlights = createPageUserHighlights({
      doc: document,
      url: () => location.href,
      // The text entity highlights use; a scan not done yet (just injected) is done now.
      article: () => {
        const scan = highlighter.scan;
        return scan?.root.isConnected ? scan.index : (findArticleText(document, location.href)?.index ?? null);
      },
      fetch: (pageKey) => sendToBackground('getUserHighlights', { pageKey }),
      save: (draft) => sendToBackground('saveUserHighlight', draft),
      report: (report) => sendToBackground('reportAnchoring', report),
      dialogText: { heading: t('noteOnPassage', lang), placeholder: t('notePlaceholder', lang), save: t('saveHighlight', lang), cancel: t('cancel', lang) },
      tools: installedTools,
      loadTools: () => sendToBackground('loadUserHighlightTools', {}),
      signal: ctx.signal,
    });
    readyUser(userHighlights);
    void userHighlights.refresh();

    ctx.onInvalidated(watchHighlightSettings((s) => highlighter.setVisible(highlightsAllowed(s, location.href))));
    ctx.onInvalidated(onMessage('getArticleSnapshot', 'extension-page', () => highlighter.snapshot()));
    ctx.onInvalidated(
      onMessage('stepHighlight', 'extension-page', ({ direction }) => {
        const scan = visibleScan();
        const entry = scan && stepper.step(scan.recognition, direction);
        return entry ? cards.show(entry, true) : false;
      }),
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => highlighter.refresh());
  },
});
