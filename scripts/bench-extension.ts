/**
 * `npm run bench:extension`: how long after a page load the built extension (the e2e build, granted the local
 * test server) has an article's entities painted, in real Chromium: content script at document_idle, article
 * detection, the recognizer injected by the background, recognition and painting. Also what a page that is not
 * an article costs. Prints figures; asserts nothing. Run `wxt build --mode e2e` first (npm test does).
 */
import { resolve } from 'node:path';
import { launchExtension } from '../tests/e2e/support/launch-extension';
import { servePages } from '../tests/e2e/support/serve-pages';

const RUNS = 9;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Runs in the page's main world from the start: notes when the extension's first highlight appears (CSS.highlights
// is shared with the page) and the longest task on the main thread.
const PROBE = `(() => {
  const w = window;
  w.__probe = { painted: NaN, longest: 0 };
  new PerformanceObserver((l) => l.getEntries().forEach((e) => { w.__probe.longest = Math.max(w.__probe.longest, e.duration); }))
    .observe({ type: 'longtask', buffered: true });
  const tick = () => {
    if (CSS.highlights && CSS.highlights.has('trichbao-official')) { w.__probe.painted = performance.now(); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

async function main() {
  const server = await servePages(resolve('tests/e2e/pages'));
  const ext = await launchExtension();
  try {
    await ext.context.addInitScript({ content: PROBE });
    const painted: number[] = [];
    const afterLoad: number[] = [];
    const longest: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}/article.html?run=${i}`);
      await page.waitForFunction(() => !Number.isNaN((window as unknown as { __probe: { painted: number } }).__probe.painted), null, { timeout: 15_000 });
      const r = await page.evaluate(() => {
        const p = (window as unknown as { __probe: { painted: number; longest: number } }).__probe;
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return { painted: p.painted, loaded: nav.loadEventEnd, longest: p.longest };
      });
      painted.push(r.painted);
      afterLoad.push(r.painted - r.loaded);
      longest.push(r.longest);
      await page.close();
    }
    const listing: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const page = await ext.context.newPage();
      await page.goto(`${server.origin}/listing.html?run=${i}`);
      await page.waitForTimeout(300);
      listing.push(await page.evaluate(() => (window as unknown as { __probe: { longest: number } }).__probe.longest));
      await page.close();
    }
    console.log(`Chromium with the built extension (e2e build), test article page, median of ${RUNS} fresh tabs:`);
    console.log(`  first highlight painted ${median(painted).toFixed(0)} ms after navigation start, ${median(afterLoad).toFixed(0)} ms after the load event`);
    console.log(`  (content script at document_idle → article found → recognizer injected by the background → recognised → painted)`);
    console.log(`  longest main-thread task on the article page: ${median(longest) ? median(longest).toFixed(0) + ' ms' : 'none over 50 ms'}`);
    console.log(`  listing page (no article, no recognizer): longest task ${median(listing) ? median(listing).toFixed(0) + ' ms' : 'none over 50 ms'}`);
  } finally {
    await ext.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
