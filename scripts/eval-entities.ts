/**
 * Measures the recognizer against a gold file: `npm run -s eval -- <gold.json>`.
 * Officials are compared by folded name, one per person per passage; documents one per distinct document, a
 * prediction matching when any of its mentions overlaps the annotated surface.
 */
import { readFileSync } from 'node:fs';
import { recognize } from '../utils/entities/index';
import { findSpans, foldForEval } from './lib/fold-for-eval';

interface GoldOfficial { name: string; titles: string[] }
interface GoldDocument { surface: string; type: string | null; number: string | null; symbol: string | null; year: number | null; date: string | null }
interface Passage { id: string; text: string; officials: GoldOfficial[]; documents: GoldDocument[] }

// Output piped into `head` and closed early: stop quietly, the figures were read.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const path = process.argv[2];
if (!path) {
  console.error('usage: npm run -s eval -- <gold.json>');
  process.exit(2);
}
const passages = JSON.parse(readFileSync(path, 'utf8')) as Passage[];
const misses: string[] = [];
let oTp = 0, oFp = 0, oFn = 0, tGold = 0, tFound = 0;
let dTp = 0, dFp = 0, dFn = 0;
const fields = { number: [0, 0], symbol: [0, 0], date: [0, 0] } as Record<'number' | 'symbol' | 'date', [number, number]>;

const pct = (a: number, b: number): string => (b ? ((100 * a) / b).toFixed(1) + '%' : 'n/a');
const prf = (tp: number, fp: number, fn: number): string => {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P=${p.toFixed(3)} R=${r.toFixed(3)} F1=${f.toFixed(3)} (tp=${tp} fp=${fp} fn=${fn})`;
};

for (const ps of passages) {
  const rec = recognize(ps.text);
  const predicted = new Map(rec.officials.map((o) => [foldForEval(o.name), o]));
  const gold = new Map(ps.officials.map((o) => [foldForEval(o.name), o]));
  for (const [k, g] of gold) {
    const p = predicted.get(k);
    if (!p) { oFn++; misses.push(`${ps.id} official FN: ${g.name}`); continue; }
    oTp++;
    // Gold lists ranks (Đại tướng) among titles; the recognizer keeps them apart, so both count here.
    const have = new Set([...p.titles, ...p.ranks].map(foldForEval));
    for (const title of g.titles) {
      tGold++;
      if (have.has(foldForEval(title))) tFound++;
      else misses.push(`${ps.id} missing title of ${g.name}: "${title}" (got ${JSON.stringify(p.titles)})`);
    }
  }
  for (const [k, p] of predicted) {
    if (!gold.has(k)) { oFp++; misses.push(`${ps.id} official FP: ${p.name} ${JSON.stringify(p.titles)}`); }
  }
  // Gold lists each distinct document once; a predicted document (all its mentions) is one prediction, matched
  // when any of its mentions overlaps the gold surface.
  const preds = rec.documents.map((d) => ({ d, used: false }));
  const taken: Array<[number, number]> = [];
  for (const g of ps.documents) {
    // Gold surfaces repeat ("Nghị quyết 15" inside "Nghị quyết 15-NQ/TW"): take a free, whole-word occurrence.
    const spans = findSpans(ps.text, g.surface).filter(([a, b]) => !taken.some(([x, y]) => a < y && x < b));
    const span = spans.find(([, b]) => !/[\p{L}\p{N}/-]/u.test(ps.text[b] ?? '')) ?? spans[0];
    if (!span) { dFn++; misses.push(`${ps.id} document surface not found in text: ${JSON.stringify(g.surface)}`); continue; }
    taken.push(span);
    const hit = preds.find((x) => !x.used && x.d.mentions.some((m) => m.start < span[1] && span[0] < m.end));
    if (!hit) { dFn++; misses.push(`${ps.id} document FN: ${JSON.stringify(g.surface)}`); continue; }
    hit.used = true;
    dTp++;
    for (const f of ['number', 'symbol', 'date'] as const) {
      fields[f][1]++;
      const want = g[f] === null ? null : foldForEval(String(g[f]));
      const got = hit.d[f] === null ? null : foldForEval(String(hit.d[f]));
      if (want === got) fields[f][0]++;
      else misses.push(`${ps.id} document wrong ${f}: ${JSON.stringify(g.surface)} want ${JSON.stringify(g[f])} got ${JSON.stringify(hit.d[f])}`);
    }
  }
  for (const x of preds) {
    if (!x.used) { dFp++; misses.push(`${ps.id} document FP: ${JSON.stringify(x.d.surface)}`); }
  }
}

console.log(`passages: ${passages.length}`);
console.log(`officials: ${prf(oTp, oFp, oFn)}`);
console.log(`title recall: ${pct(tFound, tGold)} (${tFound}/${tGold})`);
console.log(`documents: ${prf(dTp, dFp, dFn)}`);
for (const f of ['number', 'symbol', 'date'] as const) console.log(`  ${f} accuracy: ${pct(fields[f][0], fields[f][1])} (${fields[f][0]}/${fields[f][1]})`);
console.log(misses.length ? `\nmisses (${misses.length}):\n` + misses.map((m) => '  ' + m).join('\n') : '\nno misses');
