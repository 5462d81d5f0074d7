import type { OfficialHit } from './find-officials';
import { PRIVATE_MARKERS } from './org-words';
import type { TitleChain } from './parse-title-chain';
import { tokenKey, type TextContext } from './text-context';
import { PARA_BEFORE, PUNCT } from './tokenize';

// How far a sentence is looked at around a former post: a list of defendants runs long.
const REACH = 200;

// "các bị can A, …", "bị cáo B (…)": the people of the sentence are accused in one case.
function accusedBefore(ctx: TextContext, k: number): boolean {
  const t = ctx.tokens;
  for (let j = k - 1; j > 0 && k - j < REACH; j--) {
    if (t.kind[j] === PUNCT && '.!?'.includes(ctx.text[t.start[j]!]!)) return false;
    const key = tokenKey(ctx, j);
    if ((key === 'can' || key === 'cáo') && tokenKey(ctx, j - 1) === 'bị') return true;
  }
  return false;
}

/**
 * "Nguyễn Thị A, cựu Phó Chánh văn phòng 3 năm tù", "các bị can …; B, Trưởng phòng Tài chính, kế hoạch": a former post
 * with no organ, or any such post of a person accused with others, and no company in it.
 */
export function isFormerPost(ctx: TextContext, chain: TitleChain, name: [number, number]): boolean {
  const first = chain.titles[0]!;
  const mod = tokenKey(ctx, first.from);
  if (mod !== 'cựu' && mod !== 'nguyên' && !accusedBefore(ctx, name[0])) return false;
  for (const s of chain.titles) for (let k = s.from; k < s.to; k++) if (PRIVATE_MARKERS.match(ctx, k)) return false;
  return true;
}

function sentenceBounds(ctx: TextContext, k: number): [number, number] {
  const t = ctx.tokens;
  const ends = (j: number) => t.kind[j] === PUNCT && '.!?'.includes(ctx.text[t.start[j]!]!);
  let a = k;
  while (a > 0 && k - a < REACH && !ends(a - 1) && !(t.flags[a]! & PARA_BEFORE)) a--;
  let b = k;
  while (b < t.count && b - k < REACH && !ends(b) && !(b > k && t.flags[b]! & PARA_BEFORE)) b++;
  return [a, b];
}

/**
 * "tuyên phạt các bị cáo A, cựu Chánh văn phòng Đoàn ĐBQH tỉnh 4 năm tù; B, cựu Phó Chánh văn phòng 3 năm tù": a
 * former post with no organ named is a public one when the sentence names an official too (defendants of one case).
 * The candidates join `hits` when it does.
 */
export function formerPostsInSentence(ctx: TextContext, candidates: OfficialHit[], hits: OfficialHit[]): void {
  if (!candidates.length) return;
  const starts = hits.filter((h) => !h.ifKnown && h.group === undefined).map((h) => h.name[0]).sort((x, y) => x - y);
  const kept: OfficialHit[] = [];
  for (const c of candidates) {
    const [a, b] = sentenceBounds(ctx, c.name[0]);
    // The first official named at or after the sentence's start, if it lies inside it.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < a) lo = mid + 1;
      else hi = mid;
    }
    if (lo < starts.length && starts[lo]! < b) kept.push(c);
  }
  hits.push(...kept);
}
