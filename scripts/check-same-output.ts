/**
 * Guards output-preserving recognizer changes: `record <dir> [passages.json…]` writes the recognizer's full JSON
 * output for the browser benchmark pages, the `npm run bench` corpus and every passage of the given files
 * (each passage also lower-cased, upper-cased, and all of a file joined into one text); `compare <dir> [files…]`
 * recomputes it and reports every text whose output differs. Snapshots hold third-party text: keep them out of
 * the repository (e.g. under /tmp).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { recognize } from '../utils/entities/recognize';
import { benchPageText } from './lib/bench-page-texts';
import { generateArticles } from './lib/news-corpus';

const [mode, dir, ...files] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || !dir) throw new Error('usage: check-same-output record|compare <dir> [passages.json…]');

/** Named groups of texts: each group is one snapshot file with one JSON line per text. */
function sources(): Array<{ name: string; texts: string[] }> {
  const out = [
    { name: 'bench-pages', texts: (['typical', 'long', 'stress'] as const).map((p) => benchPageText(p).text) },
    { name: 'bench-corpus', texts: generateArticles(1800) },
  ];
  for (const file of files) {
    const passages = (JSON.parse(readFileSync(file, 'utf8')) as Array<{ text: string }>).map((p) => p.text);
    out.push({
      name: basename(file, '.json'),
      texts: [...passages, ...passages.map((t) => t.toLowerCase()), ...passages.map((t) => t.toUpperCase()), passages.join('\n\n')],
    });
  }
  return out;
}

mkdirSync(dir, { recursive: true });
let compared = 0;
let differing = 0;
for (const { name, texts } of sources()) {
  const lines = texts.map((t) => JSON.stringify(recognize(t)));
  const path = join(dir, `${name}.jsonl`);
  if (mode === 'record') {
    writeFileSync(path, lines.join('\n') + '\n');
    console.log(`recorded ${lines.length} texts of ${name}`);
    continue;
  }
  const before = readFileSync(path, 'utf8').split('\n');
  let bad = 0;
  lines.forEach((line, i) => {
    compared++;
    if (line === before[i]) return;
    bad++;
    if (bad <= 3) console.log(`DIFF ${name} #${i}\n  before ${before[i]?.slice(0, 400)}\n  after  ${line.slice(0, 400)}`);
  });
  differing += bad;
  console.log(`${name}: ${lines.length} texts, ${bad} differ`);
}
if (mode === 'compare') {
  console.log(`${compared} texts compared, ${differing} differ`);
  if (differing) process.exitCode = 1;
}
