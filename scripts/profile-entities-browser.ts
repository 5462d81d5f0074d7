/**
 * Times `recognize` alone in headless Chromium on the browser benchmark's long and stress page texts:
 * `npx tsx scripts/profile-entities-browser.ts [runs]` (median of warm runs; also a run with a big DOM-like heap
 * is not simulated, so this isolates the recognizer from the page).
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { benchPageText } from './lib/bench-page-texts';

const runs = Number(process.argv[2] ?? 15);
const bundle = await build({
  entryPoints: [fileURLToPath(new URL('../utils/entities/index.ts', import.meta.url))],
  bundle: true, minify: true, format: 'iife', globalName: 'TB', write: false, logLevel: 'warning',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
  console.log(`Chromium ${browser.version()}, recognize only, ${runs} warm runs`);
  for (const name of ['long', 'stress'] as const) {
    const { text } = benchPageText(name);
    const r = await page.evaluate(({ text, runs }) => {
      const recognize = (window as unknown as { TB: { recognize: (t: string) => unknown } }).TB.recognize;
      for (let w = 0; w < 5; w++) recognize(text);
      const times: number[] = [];
      for (let k = 0; k < runs; k++) {
        const t0 = performance.now();
        recognize(text);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { median: times[Math.floor(times.length / 2)]!, min: times[0]! };
    }, { text, runs });
    console.log(`${name.padEnd(7)} ${(text.length / 1000).toFixed(0)} K chars: median ${r.median.toFixed(1)} ms, min ${r.min.toFixed(1)} ms, ${(text.length / r.median / 1000).toFixed(2)} M chars/s`);
  }
} finally {
  await browser.close();
}
