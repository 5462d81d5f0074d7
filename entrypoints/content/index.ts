import { defineContentScript } from '#imports';
import { createArticleHighlighter } from '@/utils/page/article-highlighter';
import { onMessage, sendToBackground } from '@/utils/messaging';
import './highlights.css';

export default defineContentScript({
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
        sendToBackground('setBadgeCount', { count }).catch(() => {
          // The background may be restarting; the next scan tells it again.
        });
      },
    });
    ctx.onInvalidated(onMessage('getArticleSnapshot', 'extension-page', () => highlighter.snapshot()));
    ctx.addEventListener(window, 'wxt:locationchange', () => highlighter.refresh());
  },
});
