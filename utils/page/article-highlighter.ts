import { createPainter, type Painter } from '../highlight/paint-highlights';
import { MARK_ATTRIBUTE, type HighlightKind } from '../highlight/highlight-names';
import { OWN_UI_ATTRIBUTE } from '../dom/text-index';
import type { PageSnapshot } from '../article-snapshot';
import type { ArticleBlocks, TextBlock } from './article-blocks';
import { dirtyRegions } from './dirty-regions';
import type { Recognizer } from '../entities/types';
import { findArticleText } from './find-article-text';
import { scanInSlices } from './scan-in-slices';
import { updateBlocks, type BlockUpdate } from './update-blocks';
import { yieldToPage } from './yield-to-page';
import { takePageSnapshot } from './take-snapshot';
import { watchMutations, type MutationWatch } from './watch-mutations';

/** Options for {@link createArticleHighlighter}. */
export interface ArticleHighlighterOptions {
  /** The page URL now (single-page sites change it without a reload). */
  url: () => string;
  /** The recognizer, asked for once the page turns out to hold an article (the content script has it injected). */
  loadRecognizer: () => Recognizer | Promise<Recognizer>;
  signal: AbortSignal;
  /** Told after every full scan, with null when the page is not an article. */
  onScan?: (scan: ArticleBlocks | null) => void;
  /** Told after a live page's changed paragraphs were read again. */
  onUpdate?: (scan: ArticleBlocks, update: BlockUpdate) => void;
  /** How long a non-article page is watched for an article inserted late, in ms. */
  lateArticleWindowMs?: number;
  /** Minimum time between two full scans of a page that has no article yet, in ms. */
  throttleMs?: number;
  /** Whether highlights are painted at start (the reader's switch). */
  visible?: boolean;
}

/** How much work the highlighter has done on this page (benchmarks and end-to-end tests read it). */
export interface HighlighterStats {
  fullScans: number;
  updates: number;
  /** Characters read again by live updates (not by full scans). */
  updatedChars: number;
}

/** Finds the article on a page, paints its entities and keeps them in step with the page. */
export interface ArticleHighlighter {
  /** Forgets the last scan and scans again (e.g. after a single-page navigation). */
  refresh(): void;
  /** What the popup needs of this page. */
  snapshot(): Promise<PageSnapshot>;
  /** Shows or removes every highlight at once; scanning goes on either way. */
  setVisible(visible: boolean): void;
  readonly scan: ArticleBlocks | null;
  readonly visible: boolean;
  readonly stats: Readonly<HighlighterStats>;
}

function isOwnNode(node: Node): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return !!el && (el.hasAttribute(MARK_ATTRIBUTE) || el.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null);
}

function rangesOf(blocks: readonly TextBlock[], kind: HighlightKind): AbstractRange[] {
  const out: AbstractRange[] = [];
  for (const b of blocks) for (const m of b.mentions) if (m.kind === kind && m.range) out.push(m.range);
  return out;
}

/** Starts highlighting `doc`; everything stops and every highlight goes when `signal` aborts. */
export function createArticleHighlighter(doc: Document, options: ArticleHighlighterOptions): ArticleHighlighter {
  const painter: Painter = createPainter(doc);
  const { signal } = options;
  const lateWindow = options.lateArticleWindowMs ?? 20_000;
  const throttleMs = options.throttleMs ?? 400;
  const stats: HighlighterStats = { fullScans: 0, updates: 0, updatedChars: 0 };
  let scan: ArticleBlocks | null = null;
  let visible = options.visible ?? true;
  let watchUntil = 0;
  let watcher: MutationWatch | null = null;
  let generation = 0;
  let scanning = 0;
  let pending: MutationRecord[] = [];
  let lastFull = 0;
  // Once loaded, kept for live updates (they run synchronously in a mutation batch, after a full scan loaded it).
  let recognizer: Recognizer | null = null;
  const loadRecognizer = async (): Promise<Recognizer> => (recognizer ??= await options.loadRecognizer());
  let fullTimer: ReturnType<typeof setTimeout> | undefined;

  const paintBlocks = (added: readonly TextBlock[], removed: readonly TextBlock[]) => {
    if (!visible) return;
    for (const kind of ['official', 'document'] as const) {
      if (removed.length) painter.remove(kind, rangesOf(removed, kind));
      if (added.length) painter.add(kind, rangesOf(added, kind));
    }
    // `<mark>` painting changes the page: those records are the extension's own.
    if (painter.mode === 'mark') watcher?.discard();
  };

  const clearPainted = () => {
    painter.clear();
    if (painter.mode === 'mark') watcher?.discard();
  };

  const fullScan = async () => {
    if (signal.aborted) return;
    const mine = ++generation;
    // Cleared before reading: unwrapping `<mark>`s re-joins the text nodes an index would hold.
    clearPainted();
    scan = null;
    scanning = mine;
    lastFull = Date.now();
    stats.fullScans++;
    try {
      const next = await scanInSlices(doc, options.url(), {
        makeRange: painter.makeRange,
        loadRecognizer,
        yieldFn: yieldToPage,
        signal,
        current: () => mine === generation,
        onStart(blocks) {
          scan = blocks;
        },
        onBlocks: (added) => paintBlocks(added, []),
      });
      if (mine !== generation || signal.aborted) return;
      if (!next) scan = null;
      options.onScan?.(scan);
      // Articles are followed for as long as they live; other pages only for a while after load.
      if (!scan && Date.now() > watchUntil) {
        watcher?.stop();
        watcher = null;
      }
    } catch (error) {
      // The recognizer could not be had (the background restarting, a page the extension may no longer script):
      // nothing is painted, the page is left as it is, and the next change of the page tries again.
      if (mine === generation) scan = null;
      console.warn(error instanceof Error ? error.message : String(error));
    } finally {
      if (scanning === mine) {
        scanning = 0;
        // Changes made while the page was being read are applied now, block by block.
        if (pending.length > 0 && scan) onRecords(pending.splice(0));
      }
    }
  };

  const scheduleFull = () => {
    if (fullTimer !== undefined) return;
    fullTimer = setTimeout(() => {
      fullTimer = undefined;
      void fullScan();
    }, Math.max(0, lastFull + throttleMs - Date.now()));
  };

  function onRecords(records: MutationRecord[]): void {
    if (scanning) {
      pending.push(...records);
      return;
    }
    // No article yet (or the article was replaced): only a full scan can find one.
    if (!scan || !scan.root.isConnected) {
      scheduleFull();
      return;
    }
    const changes = dirtyRegions(records, scan.root, isOwnNode);
    if (changes.regions.length === 0 && changes.removed.length === 0) return;
    if (!recognizer) return; // (a scan holds blocks only once the recognizer is in)
    const update = updateBlocks(scan, changes, recognizer, (gone) => paintBlocks([], gone));
    paintBlocks(update.added, []);
    stats.updates++;
    stats.updatedChars += update.scannedChars;
    options.onUpdate?.(scan, update);
  }

  const watch = () => {
    if (watcher || !doc.body) return;
    watcher = watchMutations(doc.body, onRecords, { signal, isOwnNode });
  };

  const refresh = () => {
    watchUntil = Date.now() + lateWindow;
    pending = [];
    void fullScan();
    watch();
  };

  signal.addEventListener(
    'abort',
    () => {
      if (fullTimer !== undefined) clearTimeout(fullTimer);
      painter.clear();
    },
    { once: true },
  );
  refresh();

  return {
    refresh,
    setVisible(next) {
      if (next === visible) return;
      visible = next;
      clearPainted();
      if (visible && scan) {
        const all = scan.ranges();
        painter.add('official', all.official);
        painter.add('document', all.document);
        if (painter.mode === 'mark') watcher?.discard();
      }
    },
    async snapshot() {
      if (scan && scan.root.isConnected) return takePageSnapshot(doc, options.url(), scan);
      // The page changed under the last scan (or has none yet): read it again now.
      const found = findArticleText(doc, options.url());
      return takePageSnapshot(doc, options.url(), found && { ...found, recognition: (await loadRecognizer())(found.index.text) });
    },
    get scan() {
      return scan;
    },
    get visible() {
      return visible;
    },
    stats,
  };
}
