/**
 * `npm run bench:browser`: times detection + recognition + painting in headless Chromium on
 * generated article pages of three sizes, compares with mark.js on the same terms, and
 * measures hover hit-testing. Prints figures; asserts nothing.
 */
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync } from 'node:fs';
import { generateArticlePage } from './bench/generate-article-page';
import type { BenchWindow } from './bench/browser-harness';

/** Per-stage times of one run (ms) and the text length. */
type Stages = ReturnType<BenchWindow['__bench']['stages']>;

const PAGES = [
  { name: 'typical', paragraphs: 60, perParagraph: 2 },
  { name: 'long', paragraphs: 650, perParagraph: 2.15 },
  { name: 'stress', paragraphs: 3000, perParagraph: 2.7 },
];
const RUNS = 7;
const WARMUP = 5;
const COLD_PAGES = 5;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** mark.js on the same page and terms, in a page of its own (it can crash a renderer on big pages). */
async function timeMarkJs(browser: Browser, url: string, harness: string, terms: string[]): Promise<number[]> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  const times: number[] = [];
  try {
    await page.goto(url);
    await page.addScriptTag({ content: harness });
    for (let i = 0; i < RUNS; i++) {
      const result = await page.evaluate((t) => (window as unknown as BenchWindow).__bench.markjs(t), terms);
      if (result.error) {
        console.log(`           mark.js failed: ${result.error}`);
        break;
      }
      times.push(result.ms);
    }
  } catch (error) {
    console.log(`           mark.js failed: ${(error as Error).message.split('\n')[0]}`);
  } finally {
    await page.close().catch(() => undefined);
  }
  return times;
}

/** The content script's sliced path as every page load runs it: first thing in a fresh page (cold JIT), medians. */
async function coldContentScriptPath(browser: Browser, url: string, harness: string) {
  const runs: Array<{ busyMs: number; wallMs: number; longestSliceMs: number; firstPaintMs: number }> = [];
  for (let i = 0; i < COLD_PAGES; i++) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(url);
    await page.addScriptTag({ content: harness });
    runs.push(await page.evaluate(() => (window as unknown as BenchWindow).__bench.oursSliced()));
    await page.close();
  }
  const pick = (k: keyof (typeof runs)[number]) => median(runs.map((r) => r[k]));
  return { busyMs: pick('busyMs'), wallMs: pick('wallMs'), longestSliceMs: pick('longestSliceMs'), firstPaintMs: pick('firstPaintMs') };
}

async function main() {
  const bundle = await build({
    entryPoints: ['scripts/bench/browser-harness.ts'],
    bundle: true,
    minify: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  });
  const harness = bundle.outputFiles[0]!.text;
  const pages = new Map(PAGES.map((p) => [`/${p.name}.html`, generateArticlePage(p.paragraphs, p.perParagraph)]));
  const server = createServer((req, res) => {
    const html = pages.get(req.url ?? '');
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html ?? '');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  console.log(`Chromium ${browser.version()}, median of ${RUNS} runs (warm), main-thread ms`);
  console.log('page       nodes  mentions  scan+recog  paint   total  next-frame  mark.js  mark.js/ours');
  try {
    for (const spec of PAGES) {
      const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
      await page.goto(`http://127.0.0.1:${port}/${spec.name}.html`);
      await page.addScriptTag({ content: harness });
      const ours: Array<{ scanMs: number; paintMs: number; totalMs: number; textNodes: number; mentions: number }> = [];
      const frames: number[] = [];
      let longest = 0;
      const sliced: Array<{ busyMs: number; wallMs: number }> = [];
      const coldPath = await coldContentScriptPath(browser, `http://127.0.0.1:${port}/${spec.name}.html`, harness);
      // The very first run is the cold one every page load pays; then warm-up runs let V8 tier up
      // (5 were not enough: the first page measured came out slower than the same page later).
      const cold = await page.evaluate(() => (window as unknown as BenchWindow).__bench.ours());
      for (let i = 0; i < WARMUP; i++) await page.evaluate(() => (window as unknown as BenchWindow).__bench.ours());
      for (let i = 0; i < RUNS; i++) {
        ours.push(await page.evaluate(() => (window as unknown as BenchWindow).__bench.ours()));
        frames.push(await page.evaluate(() => (window as unknown as BenchWindow).__bench.nextFrame()));
        sliced.push(await page.evaluate(() => (window as unknown as BenchWindow).__bench.oursSliced()));
        // Long-task entries arrive asynchronously.
        await page.waitForTimeout(100);
        const tasks: number[] = await page.evaluate(() => (window as unknown as BenchWindow).__bench.longTasks());
        longest = Math.max(longest, ...tasks, 0);
      }
      const marks = await timeMarkJs(browser, `http://127.0.0.1:${port}/${spec.name}.html`, harness,
        await page.evaluate(() => (window as unknown as BenchWindow).__bench.terms()));
      // Leave our highlights painted for the hover measurement.
      await page.evaluate(() => (window as unknown as BenchWindow).__bench.ours());
      const stageRuns: Stages[] = [];
      for (let i = 0; i < RUNS; i++) stageRuns.push(await page.evaluate(() => (window as unknown as BenchWindow).__bench.stages()));
      const stages = Object.fromEntries(Object.keys(stageRuns[0]!).map((k) => [k, median(stageRuns.map((r) => r[k as keyof Stages]))])) as Stages;
      const hover = await page.evaluate(() => (window as unknown as BenchWindow).__bench.hover(2000));
      const total = median(ours.map((o) => o.totalMs));
      const mark = marks.length ? median(marks) : NaN;
      console.log(
        [
          spec.name.padEnd(9),
          String(ours[0]!.textNodes).padStart(6),
          String(ours[0]!.mentions).padStart(9),
          median(ours.map((o) => o.scanMs)).toFixed(1).padStart(11),
          median(ours.map((o) => o.paintMs)).toFixed(1).padStart(6),
          total.toFixed(1).padStart(7),
          median(frames).toFixed(1).padStart(11),
          mark.toFixed(1).padStart(8),
          `${(mark / total).toFixed(1)}×`.padStart(10),
        ].join(' '),
      );
      console.log(`           first run on the page (cold: JIT and lexicon warm-up, as on every page load): ${cold.totalMs.toFixed(1)} ms`);
      console.log(
        `           cold content-script path (fresh page, median of ${COLD_PAGES}): ${coldPath.busyMs.toFixed(1)} ms main thread, ` +
          `first slice painted at ${coldPath.firstPaintMs.toFixed(1)} ms, all painted at ${coldPath.wallMs.toFixed(1)} ms, longest slice ${coldPath.longestSliceMs.toFixed(1)} ms`,
      );
      console.log(
        `           content-script path (sliced): ${median(sliced.map((x) => x.busyMs)).toFixed(1)} ms main thread, ${median(sliced.map((x) => x.wallMs)).toFixed(1)} ms until painted; longest task ${longest ? longest.toFixed(0) + ' ms' : 'under 50 ms'}`,
      );
      console.log(
        `           stages (median of ${RUNS}): detect ${stages.detect.toFixed(1)}, article root ${stages.root.toFixed(1)}, text index ${stages.textIndex.toFixed(1)}, recognize ${stages.recognize.toFixed(1)} ms (${(stages.chars / 1024).toFixed(0)} K chars), blocks + ranges ${stages.blocks.toFixed(1)}, Highlight.add ${stages.highlight.toFixed(1)} ms`,
      );
      console.log(`           hover hit-test: ${(hover.perLookupMs * 1000).toFixed(1)} µs per lookup (${hover.found}/2000 on a highlight)`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const sizes = [
    ['content script (every page it runs on)', '.output/chrome-mv3/content-scripts/content.js'],
    ['recognizer (injected once an article is found)', '.output/chrome-mv3/recognizer.js'],
  ];
  for (const [label, file] of sizes) {
    if (!existsSync(file!)) { console.log(`${label}: run \`npm run build\` first`); continue; }
    const raw = readFileSync(file!);
    console.log(`${label}: ${(raw.length / 1024).toFixed(1)} KB, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(1)} KB gzip`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
