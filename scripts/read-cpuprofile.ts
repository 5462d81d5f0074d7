/**
 * Prints the top functions of a V8 .cpuprofile by self time: `npx tsx scripts/read-cpuprofile.ts <file> [top] [--lines]`
 * (`--lines`: by source line instead, from the profile's position ticks).
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  positionTicks?: Array<{ line: number; ticks: number }>;
}
const lines = process.argv.includes('--lines');
const [file, top = '25'] = process.argv.slice(2).filter((a) => a !== '--lines');
if (!file) throw new Error('usage: read-cpuprofile <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<string, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const n = byId.get(id)!;
  const f = n.callFrame;
  const where = `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\/work\/main\//, '')}:${f.lineNumber + 1}`;
  const dt = profile.timeDeltas[i] ?? 0;
  self.set(where, (self.get(where) ?? 0) + dt);
  total += dt;
});
if (lines) {
  // Ticks per line of each function, summed over the call tree (a tick is one sample).
  const ticks = new Map<string, number>();
  let all = 0;
  for (const n of profile.nodes) {
    for (const p of n.positionTicks ?? []) {
      const where = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${p.line}`;
      ticks.set(where, (ticks.get(where) ?? 0) + p.ticks);
    }
    all += n.hitCount ?? 0;
  }
  for (const [where, n] of [...ticks].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
    console.log(`${String(n).padStart(7)} ticks ${((n / all) * 100).toFixed(1).padStart(5)}%  ${where}`);
  }
  process.exit(0);
}
for (const [where, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(top))) {
  console.log(`${(us / 1000).toFixed(1).padStart(8)} ms ${((us / total) * 100).toFixed(1).padStart(5)}%  ${where}`);
}
