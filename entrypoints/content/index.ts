import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { createArticleHighlighter } from '@/utils/page/article-highlighter';
import { enableEntityHover } from '@/utils/hover/entity-hover';
import { onMessage, sendToBackground } from '@/utils/messaging';
import { pickUiLang } from '@/utils/i18n';
import './highlights.css';

export default defineContentScript({
  // Registered at run time for the sites the user granted, or injected on a click (activeTab).
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    let lastCount = -1;
    const highlighter = createArticleHighlighter(document, {
      url: () => location.href,
      signal: ctx.signal,
      onScan(scan) {
        const count = scan ? scan.recognition.officials.length + scan.recognition.documents.length : 0;
        if (count === lastCount) return;
        lastCount = count;
        // The background may be restarting; the next scan tells it again.
        sendToBackground('setBadgeCount', { count }).catch(() => undefined);
      },
    });
    enableEntityHover(
      document,
      {
        current: () => highlighter.scan,
        savedCount: (key) => sendToBackground('countClippingsByEntity', { key }),
        lang: pickUiLang(browser.i18n.getUILanguage()),
      },
      ctx.signal,
    );
    ctx.onInvalidated(onMessage('getArticleSnapshot', 'extension-page', () => highlighter.snapshot()));
    ctx.addEventListener(window, 'wxt:locationchange', () => highlighter.refresh());
  },
});
