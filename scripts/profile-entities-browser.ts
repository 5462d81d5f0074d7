/**
 * Times `recognize` alone in headless Chromium on the browser benchmark's long and stress page texts:
 * `npx tsx scripts/profile-entities-browser.ts [runs] [--base=<other checkout>]`. With `--base`, that checkout's
 * recognizer runs in the same page, interleaved run by run, so a busy machine slows both alike. `PAGES=stress,long,…`
 * sets the order: the first page measured still pays for JIT tiering (5 warm-up runs are not enough in Chromium).
 */
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { benchPageText } from './lib/bench-page-texts';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 15);
const base = args.find((a) => a.startsWith('--base='))?.slice(7);
const roots = [{ tag: 'this', dir: fileURLToPath(new URL('..', import.meta.url)) }];
if (base) roots.unshift({ tag: 'base', dir: base });

async function bundle(dir: string, globalName: string): Promise<string> {
  const out = await build({
    entryPoints: [`${dir}/utils/entities/index.ts`],
    bundle: true, minify: true, format: 'iife', globalName, write: false, logLevel: 'warning',
  });
  return out.outputFiles[0]!.text;
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  for (const [n, r] of roots.entries()) await page.addScriptTag({ content: await bundle(r.dir, `TB${n}`) });
  console.log(`Chromium ${browser.version()}, recognize only, ${runs} warm runs${base ? ', interleaved with --base' : ''}`);
  for (const name of (process.env.PAGES ?? 'long,stress').split(',') as Array<'long' | 'stress'>) {
    const { text } = benchPageText(name);
    const times = await page.evaluate(({ text, runs, count }) => {
      const w = window as unknown as Record<string, { recognize: (t: string) => unknown }>;
      const fns = Array.from({ length: count }, (_, n) => w[`TB${n}`]!.recognize);
      for (let k = 0; k < 5; k++) fns.forEach((f) => f(text));
      const out = fns.map(() => [] as number[]);
      for (let k = 0; k < runs; k++) {
        fns.forEach((f, n) => {
          const t0 = performance.now();
          f(text);
          out[n]!.push(performance.now() - t0);
        });
      }
      return out;
    }, { text, runs, count: roots.length });
    times.forEach((xs, n) => {
      const s = [...xs].sort((a, b) => a - b);
      const median = s[Math.floor(s.length / 2)]!;
      console.log(
        `${name.padEnd(7)} ${roots[n]!.tag.padEnd(5)} ${(text.length / 1000).toFixed(0)} K chars: median ${median.toFixed(1)} ms, ` +
          `min ${s[0]!.toFixed(1)} ms, ${(text.length / median / 1000).toFixed(2)} M chars/s`,
      );
    });
  }
} finally {
  await browser.close();
}
