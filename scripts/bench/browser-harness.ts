/** Runs in the benchmark page (bundled by esbuild): our pipeline and mark.js, timed in the page. */
import Mark from 'mark.js';
import { scanArticle } from '../../utils/page/scan-article';
import { scanInSlices } from '../../utils/page/scan-in-slices';
import { createArticleBlocks, type ArticleBlocks } from '../../utils/page/article-blocks';
import { yieldToPage } from '../../utils/page/yield-to-page';
import { detectArticle } from '../../utils/article/detect-article';
import { findHighlightRoot } from '../../utils/article/find-highlight-root';
import { buildTextIndex } from '../../utils/dom/text-index';
import { recognize } from '../../utils/entities/recognize';
import { createPainter } from '../../utils/highlight/paint-highlights';
import { caretAtPoint } from '../../utils/hover/caret-at-point';

const longTasks: number[] = [];
new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration))).observe({ type: 'longtask' });
const painter = createPainter(document);
let terms: string[] = [];
let lookup: ArticleBlocks['mentionAt'] | null = null;

/** Paints what the content script paints for these blocks. */
function paintAll(blocks: ArticleBlocks): number {
  const ranges = blocks.ranges();
  painter.add('official', ranges.official);
  painter.add('document', ranges.document);
  return ranges.official.length + ranges.document.length;
}

const api = {
  /** Detect + recognise + paint, once; returns main-thread times in ms. */
  ours() {
    painter.clear();
    longTasks.length = 0;
    const t0 = performance.now();
    const scan = scanArticle(document, location.href);
    const t1 = performance.now();
    if (!scan) throw new Error('not detected as an article');
    const blocks = createArticleBlocks(scan.root, painter.makeRange);
    blocks.addFromIndex(scan.index, 0, scan.index.text.length, scan.recognition);
    const mentions = paintAll(blocks);
    const t2 = performance.now();
    const entities = [...scan.recognition.officials, ...scan.recognition.documents];
    terms = [...new Set(entities.flatMap((e) => e.mentions.map((m) => m.surface)))];
    lookup = blocks.mentionAt;
    return {
      scanMs: t1 - t0,
      paintMs: t2 - t1,
      totalMs: t2 - t0,
      textNodes: scan.index.nodes.length,
      mentions,
    };
  },
  /**
   * The content script's path: scan in slices (yielding between them), then paint, started as
   * an ordinary task so long tasks are observed; main-thread work only, without the yields.
   */
  async oursSliced() {
    painter.clear();
    longTasks.length = 0;
    await new Promise((r) => setTimeout(r, 0));
    let busy = 0;
    let longestSlice = 0;
    let firstPaint = NaN;
    let mark = performance.now();
    const yieldFn = async () => {
      const slice = performance.now() - mark;
      busy += slice;
      longestSlice = Math.max(longestSlice, slice);
      await yieldToPage();
      mark = performance.now();
    };
    const t0 = performance.now();
    const scan = await scanInSlices(document, location.href, {
      yieldFn,
      loadRecognizer: () => recognize,
      makeRange: painter.makeRange,
      // Each slice is painted as soon as it is read, as the content script does.
      onBlocks(added) {
        for (const kind of ['official', 'document'] as const) {
          painter.add(kind, added.flatMap((b) => b.mentions.filter((m) => m.kind === kind && m.range).map((m) => m.range!)));
        }
        if (Number.isNaN(firstPaint)) firstPaint = performance.now() - t0;
      },
    });
    if (!scan) throw new Error('not detected as an article');
    const last = performance.now() - mark;
    busy += last;
    longestSlice = Math.max(longestSlice, last);
    return { busyMs: busy, wallMs: performance.now() - t0, longestSliceMs: longestSlice, firstPaintMs: firstPaint };
  },
  /** Time of each stage alone. */
  stages() {
    const t0 = performance.now();
    detectArticle(document, location.href);
    const t1 = performance.now();
    const root = findHighlightRoot(document)!;
    const t2 = performance.now();
    const index = buildTextIndex(root);
    const t3 = performance.now();
    const recognition = recognize(index.text);
    const t4 = performance.now();
    painter.clear();
    const blocks = createArticleBlocks(root, painter.makeRange);
    blocks.addFromIndex(index, 0, index.text.length, recognition);
    const t5 = performance.now();
    paintAll(blocks);
    const t6 = performance.now();
    return { detect: t1 - t0, root: t2 - t1, textIndex: t3 - t2, recognize: t4 - t3, blocks: t5 - t4, highlight: t6 - t5, chars: index.text.length };
  },
  /** Milliseconds until the next frame after painting: "painted within one frame". */
  nextFrame(): Promise<number> {
    const t = performance.now();
    return new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - t)));
  },
  longTasks: () => [...longTasks],
  /** The distinct mention surfaces of the last run (mark.js gets the same terms). */
  terms: () => terms,
  /** mark.js highlighting the given terms, then undone. */
  markjs(given: string[] = terms): Promise<{ ms: number; marks: number; error?: string }> {
    painter.clear();
    const root = document.querySelector('article')!;
    const instance = new Mark(root);
    return new Promise((resolve) => {
      const t0 = performance.now();
      try {
      instance.mark(given, {
        separateWordSearch: false,
        diacritics: false,
        acrossElements: false,
        done: (marks: number) => {
          const ms = performance.now() - t0;
          instance.unmark();
          resolve({ ms, marks });
        },
      });
      } catch (error) {
        resolve({ ms: NaN, marks: 0, error: String(error) });
      }
    });
  },
  /** Average cost of one hover hit-test (caret from point + mention lookup), in ms. */
  hover(samples: number) {
    const rects = [...document.querySelectorAll('article p')].map((p) => p.getBoundingClientRect());
    let found = 0;
    const t0 = performance.now();
    for (let i = 0; i < samples; i++) {
      const r = rects[i % rects.length]!;
      window.scrollTo(0, 0);
      const caret = caretAtPoint(document, r.left + ((i * 37) % Math.max(1, r.width)), Math.min(r.top + 8, innerHeight - 1));
      if (caret && lookup!(caret.node, caret.offset)) found++;
    }
    return { perLookupMs: (performance.now() - t0) / samples, found };
  },
};
(window as unknown as BenchWindow).__bench = api;

/** The harness as the benchmark runner sees it on `window`. */
export interface BenchWindow {
  __bench: typeof api;
}
