/**
 * Times `recognize` on the browser benchmark's long and stress page texts (median of warm runs, chars/s):
 * `npx tsx scripts/profile-entities.ts [runs] [--modules] [--page=long|stress]`. By default the recognizer is bundled into one module
 * as the extension ships it (see scripts/bench-entities.ts); `--modules` times the modules as tsx loads them.
 * Profile with `node --import tsx --cpu-prof scripts/profile-entities.ts` and read the profile with
 * scripts/read-cpuprofile.ts (the bundle keeps function names and line numbers).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { recognize as recognizeModules } from '../utils/entities/recognize';
import type { Recognition } from '../utils/entities/types';
import { benchPageText } from './lib/bench-page-texts';

const args = process.argv.slice(2);
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 15);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let recognize = recognizeModules;
if (!args.includes('--modules')) {
  // Kept after the run: a profile's line numbers point into it.
  const bundle = join(tmpdir(), 'trich-bao-profile.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('../utils/entities/index.ts', import.meta.url))],
    bundle: true, format: 'esm', platform: 'neutral', outfile: bundle, logLevel: 'warning',
  });
  recognize = ((await import(pathToFileURL(bundle).href)) as { recognize: (text: string) => Recognition }).recognize;
}

const only = args.find((a) => a.startsWith('--page='))?.slice(7);
const pages = (['long', 'stress'] as const).filter((n) => !only || n === only).map((name) => ({ name, ...benchPageText(name) }));
for (const { name, text, nodes } of pages) {
  let mentions = 0;
  for (let w = 0; w < 5; w++) {
    const r = recognize(text);
    mentions = [...r.officials, ...r.documents].reduce((n, e) => n + e.mentions.length, 0);
  }
  const times: number[] = [];
  const c0 = process.cpuUsage();
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    recognize(text);
    times.push(performance.now() - t0);
  }
  const c = process.cpuUsage(c0);
  const ms = median(times);
  console.log(
    `${name.padEnd(7)} ${nodes} nodes, ${mentions} mentions, ${(text.length / 1000).toFixed(0)} K chars: ` +
      `median ${ms.toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms, cpu ${((c.user + c.system) / 1000 / runs).toFixed(1)} ms/run; ` +
      `${(text.length / ms / 1000).toFixed(2)} M chars/s (median)`,
  );
}
