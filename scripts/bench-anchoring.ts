/**
 * Timing of `anchorTarget` on generated Vietnamese-like text: `npx tsx scripts/bench-anchoring.ts`.
 * Cases: unchanged position, quote moved (text inserted before), quote edited (fuzzy), quote gone
 * (orphan, the worst case: every stage runs). Sizes 50 KB and 1 MB; quotes of 200, 2,000 and 20,000 chars.
 */
import { anchorTarget, describeSpan } from '../utils/anchoring/index';
import type { UserHighlightTarget } from '../utils/anchoring/index';

const WORDS = (
  'chính phủ yêu cầu các bộ ngành địa phương đẩy nhanh tiến độ giải ngân vốn đầu tư công năm nay ' +
  'tỉnh thành phố kinh tế xã hội phát triển bền vững người dân doanh nghiệp thủ tục hành chính ' +
  'hội nghị trung ương đại biểu quốc hội thảo luận dự án luật sửa đổi bổ sung một số điều của ' +
  'ngân hàng nhà nước lãi suất tín dụng xuất khẩu nông sản giáo dục y tế hạ tầng giao thông'
).split(' ');

// A deterministic generator, so every run measures the same text.
function makeText(bytes: number, seed: number): string {
  let s = seed;
  const next = (): number => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x80000000;
  const out: string[] = [];
  let size = 0;
  let sentence = 0;
  while (size < bytes) {
    const w = WORDS[Math.floor(next() * WORDS.length)]!;
    const sep = ++sentence % 23 === 0 ? '.\n' : sentence % 7 === 0 ? ', ' : ' ';
    out.push(w, sep);
    size += Buffer.byteLength(w + sep, 'utf8');
  }
  return out.join('');
}

// Replaces every 12th letter in the middle of the quote's span: about 8 % of it edited.
function editInside(text: string, start: number, end: number): string {
  const chars = text.slice(start, end).split('');
  for (let i = 6; i < chars.length - 6; i += 12) chars[i] = 'x';
  return text.slice(0, start) + chars.join('') + text.slice(end);
}

function median(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

console.log('(ms per anchorTarget call, median, single thread)');
for (const [label, bytes] of [['50 KB', 50_000], ['1 MB', 1_000_000]] as const) {
  const text = makeText(bytes, 7);
  for (const quoteLength of [200, 2000, 20000]) {
    const start = Math.floor(text.length * 0.6);
    const end = start + quoteLength;
    const target: UserHighlightTarget = describeSpan(text, start, end);
    const cases: Array<[string, string]> = [
      ['position', text],
      ['quote-exact (moved)', 'Cập nhật lúc 10:00. ' + text],
      ['quote-fuzzy (8 % edited)', 'Cập nhật. ' + editInside(text, start, end)],
      ['orphan (quote removed)', text.slice(0, start) + text.slice(end)],
    ];
    const runs = bytes > 100_000 ? 5 : 30;
    for (const [name, page] of cases) {
      for (let w = 0; w < 2; w++) anchorTarget(page, target); // JIT warm-up
      const result = anchorTarget(page, target);
      const ms = median(() => anchorTarget(page, target), runs);
      console.log(`${label.padEnd(6)} quote ${String(quoteLength).padStart(5)}  ${name.padEnd(26)} ${ms.toFixed(2).padStart(8)} ms  → ${result?.method ?? 'null'}`);
    }
  }
}
