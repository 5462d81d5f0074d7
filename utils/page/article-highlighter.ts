import { createPainter, type Painter } from '../highlight/paint-highlights';
import { entityRanges } from '../highlight/entity-ranges';
import { MARK_ATTRIBUTE } from '../highlight/highlight-names';
import { OWN_UI_ATTRIBUTE } from '../dom/text-index';
import type { PageSnapshot } from '../article-snapshot';
import { scanArticle, scanArticleInSlices, type ArticleScan } from './scan-article';
import { yieldToPage } from './yield-to-page';
import { takePageSnapshot } from './take-snapshot';
import { watchMutations } from './watch-mutations';

/** Options for {@link createArticleHighlighter}. */
export interface ArticleHighlighterOptions {
  /** The page URL now (single-page sites change it without a reload). */
  url: () => string;
  signal: AbortSignal;
  /** Told after every scan, with null when the page is not an article. */
  onScan?: (scan: ArticleScan | null) => void;
  /** How long a non-article page is watched for an article inserted late, in ms. */
  lateArticleWindowMs?: number;
  throttleMs?: number;
  /** Whether highlights are painted at start (the reader's switch). */
  visible?: boolean;
}

/** Finds the article on a page, paints its entities and keeps them in step with the page. */
export interface ArticleHighlighter {
  /** Forgets the last scan and scans again (e.g. after a single-page navigation). */
  refresh(): void;
  /** What the popup needs of this page. */
  snapshot(): PageSnapshot;
  /** Shows or removes every highlight at once; scanning goes on either way. */
  setVisible(visible: boolean): void;
  readonly scan: ArticleScan | null;
  readonly visible: boolean;
}

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (el.hasAttribute(MARK_ATTRIBUTE) || el.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null);
}

/** Starts highlighting `doc`; everything stops and every highlight goes when `signal` aborts. */
export function createArticleHighlighter(doc: Document, options: ArticleHighlighterOptions): ArticleHighlighter {
  const painter: Painter = createPainter(doc);
  const lateWindow = options.lateArticleWindowMs ?? 20_000;
  let scan: ArticleScan | null = null;
  let visible = options.visible ?? true;
  let watchUntil = 0;
  let stopWatching: (() => void) | null = null;

  const paint = () => {
    if (!visible) {
      painter.clear();
      return;
    }
    const ranges = scan ? entityRanges(scan.index, scan.recognition) : { official: [], document: [] };
    painter.paint('official', ranges.official);
    painter.paint('document', ranges.document);
  };

  let generation = 0;
  const rescan = async () => {
    if (options.signal.aborted) return;
    // A newer scan (the page changed again meanwhile) supersedes this one.
    const mine = ++generation;
    const next = await scanArticleInSlices(doc, options.url(), { yieldFn: yieldToPage, signal: options.signal });
    if (mine !== generation || options.signal.aborted) return;
    scan = next;
    paint();
    options.onScan?.(scan);
    // Articles are followed for as long as they live; other pages only for a while after load.
    if (!scan && Date.now() > watchUntil) {
      stopWatching?.();
      stopWatching = null;
    }
  };

  const watch = () => {
    if (stopWatching || !doc.body) return;
    stopWatching = watchMutations(doc.body, () => void rescan(), {
      throttleMs: options.throttleMs ?? 400,
      signal: options.signal,
      isOwnNode,
    });
  };

  const refresh = () => {
    watchUntil = Date.now() + lateWindow;
    void rescan();
    watch();
  };

  options.signal.addEventListener('abort', () => painter.clear(), { once: true });
  refresh();

  return {
    refresh,
    setVisible(next) {
      if (next === visible) return;
      visible = next;
      paint();
    },
    snapshot: () => takePageSnapshot(doc, options.url(), scan && scan.root.isConnected ? scan : scanArticle(doc, options.url())),
    get scan() {
      return scan;
    },
    get visible() {
      return visible;
    },
  };
}
