import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { createArticleHighlighter } from '@/utils/page/article-highlighter';
import { enableEntityHover } from '@/utils/hover/entity-hover';
import { createMentionStepper } from '@/utils/hover/mention-stepper';
import { onMessage, sendToBackground } from '@/utils/messaging';
import { pickUiLang } from '@/utils/i18n';
import { highlightsAllowed } from '@/utils/settings/highlight-settings';
import { readHighlightSettings, watchHighlightSettings } from '@/utils/settings/highlight-settings-item';
import './highlights.css';

export default defineContentScript({
  // Registered at run time for the sites the user granted, or injected on a click (activeTab).
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await readHighlightSettings().catch(() => null);
    let lastCount = -1;
    const highlighter = createArticleHighlighter(document, {
      url: () => location.href,
      signal: ctx.signal,
      visible: settings ? highlightsAllowed(settings, location.href) : true,
      onScan(scan) {
        const count = scan ? scan.recognition.officials.length + scan.recognition.documents.length : 0;
        if (count === lastCount) return;
        lastCount = count;
        // The background may be restarting; the next scan tells it again.
        sendToBackground('setBadgeCount', { count }).catch(() => undefined);
      },
    });
    const visibleScan = () => (highlighter.visible ? highlighter.scan : null);
    const cards = enableEntityHover(
      document,
      {
        current: visibleScan,
        savedCount: (key) => sendToBackground('countClippingsByEntity', { key }),
        lang: pickUiLang(browser.i18n.getUILanguage()),
      },
      ctx.signal,
    );
    const stepper = createMentionStepper();

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
