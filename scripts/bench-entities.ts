/**
 * Throughput of the recognizer on a generated news-like corpus: `npm run bench`.
 * Sizes 1x, 4x, 16x (16x = the whole corpus, >= 5 MB), as article-sized texts and as one big string.
 * The main table measures the recognizer bundled into one module, as the extension ships it (Vite/Rollup hoist
 * modules into one scope); a last line measures the unbundled modules as tsx loads them, which is slower because
 * every imported binding is re-checked on access.
 */
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { recognize as recognizeModules } from '../utils/entities/index';
import type { Recognition } from '../utils/entities/types';
import { generateArticles } from './lib/news-corpus';

const bundle = join(tmpdir(), `trich-bao-recognize-${process.pid}.mjs`);
await build({
  entryPoints: [fileURLToPath(new URL('../utils/entities/index.ts', import.meta.url))],
  bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'warning',
});
const { recognize } = (await import(pathToFileURL(bundle).href)) as { recognize: (text: string) => Recognition };
rmSync(bundle);

const articles = generateArticles(1800);
const bytes = (xs: string[]): number => xs.reduce((n, s) => n + Buffer.byteLength(s, 'utf8'), 0);
const total = bytes(articles);
let officials = 0;
let documents = 0;

// The machine is shared with other jobs: each figure is the best of 5 runs, and every size does the same total
// work (the 1x part is recognised 16 times, the 4x part 4 times), so small sizes are not lost in timer noise.
// CPU time is printed too: it is what the recognizer costs when other processes compete for the cores.
function time(fn: () => void, reps: number): { wall: number; cpu: number } {
  let wall = Infinity;
  let cpu = Infinity;
  for (let r = 0; r < 5; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let k = 0; k < reps; k++) fn();
    wall = Math.min(wall, (performance.now() - t0) / 1000 / reps);
    const c = process.cpuUsage(c0);
    cpu = Math.min(cpu, (c.user + c.system) / 1e6 / reps);
  }
  return { wall, cpu };
}

console.log(`(best of 5 runs, single thread; MB/s by wall time and by CPU time)`);
console.log(`corpus: ${articles.length} articles, ${(total / 1e6).toFixed(2)} MB UTF-8`);
for (let w = 0; w < 3; w++) time(() => articles.slice(0, 300).forEach((a) => recognize(a)), 1); // JIT warm-up
time(() => recognize(articles.slice(0, 300).join('\n\n')), 1); // and for one long string

const rows: Array<{ mode: string; scale: number; mb: number; s: number; cpu: number }> = [];
for (const scale of [1, 4, 16]) {
  const part = articles.slice(0, Math.round((articles.length * scale) / 16));
  const mb = bytes(part) / 1e6;
  const a = time(() => part.forEach((x) => recognize(x)), 16 / scale);
  rows.push({ mode: 'articles', scale, mb, s: a.wall, cpu: a.cpu });
  const big = part.join('\n\n');
  const b = time(() => recognize(big), 16 / scale);
  rows.push({ mode: 'one string', scale, mb, s: b.wall, cpu: b.cpu });
}
for (const r of rows) {
  console.log(
    `${r.mode.padEnd(10)} ${String(r.scale).padStart(2)}x  ${r.mb.toFixed(2).padStart(6)} MB  ${r.s.toFixed(3).padStart(7)} s  ` +
      `${(r.mb / r.s).toFixed(1).padStart(6)} MB/s wall  ${(r.mb / r.cpu).toFixed(1).padStart(6)} MB/s cpu`,
  );
}
for (const mode of ['articles', 'one string']) {
  const [a, , c] = rows.filter((r) => r.mode === mode);
  console.log(`${mode}: time(16x)/time(1x) = ${(c!.s / a!.s).toFixed(2)} for 16x the text (linear = 16)`);
}
for (const a of articles) {
  const r = recognize(a);
  officials += r.officials.length;
  documents += r.documents.length;
}
console.log(`found in the whole corpus: ${officials} officials, ${documents} documents (per-article distinct)`);
const unbundled = time(() => articles.forEach((x) => recognizeModules(x)), 1);
console.log(`unbundled modules (tsx), articles 16x: ${(total / 1e6 / unbundled.wall).toFixed(1)} MB/s wall, ${(total / 1e6 / unbundled.cpu).toFixed(1)} MB/s cpu`);

// Comparison with a statistical NER, if it could be installed (native addon, Node only).
try {
  const require = createRequire(import.meta.url);
  const vntk = require('vntk') as { ner: () => { tag: (s: string) => unknown } };
  const ner = vntk.ner();
  const sample = articles.slice(0, 3).join('\n').slice(0, 6000);
  const sentences = sample.split(/(?<=\.)\s+/);
  const t0 = performance.now();
  sentences.forEach((x) => ner.tag(x));
  const s = (performance.now() - t0) / 1000;
  const mb = Buffer.byteLength(sample, 'utf8') / 1e6;
  console.log(`vntk ner: ${(mb * 1000).toFixed(1)} KB in ${s.toFixed(2)} s = ${(mb / s).toFixed(4)} MB/s`);
} catch (e) {
  console.log(`vntk: unavailable (${(e as Error).message.split('\n')[0]})`);
}
