import { PRIVATE_MARKERS } from './org-words';
import { PLACES } from './places';
import { isCountedTitle, listCueAfter } from './list-after-title';
import { capRunEnd, pickName } from './name-run';
import { organBeforeHead } from './organ-before-head';
import { parseTitleChain, startTitle, type TitleChain } from './parse-title-chain';
import { HONORIFICS } from './ranks';
import { punctAt, wordAt, type TextContext } from './text-context';


// "(các) đồng chí Phó viện trưởng A, B", "đ/c Trưởng phòng A": Party and State cadres are called comrades.
function comradeBefore(ctx: TextContext, from: number): boolean {
  if (punctAt(ctx, from - 1) === ':') from--; // "Các đồng chí: A, B, C được bầu …"
  if (wordAt(ctx, from - 1) === 'đ/c') return true;
  return wordAt(ctx, from - 1) === 'chí' && wordAt(ctx, from - 2) === 'đồng';
}

// The delegation after a delegate's name: "(Đoàn TP Hà Nội)", "(Phó đoàn Đồng Tháp)", "(Hà Giang)",
// ", Đoàn ĐBQH tỉnh …", "- Đoàn Hải Dương".
function delegationAt(ctx: TextContext, k: number): boolean {
  const p = punctAt(ctx, k);
  if (p !== '(' && p !== ',' && p !== '-') return false;
  let j = k + 1;
  if (wordAt(ctx, j) === 'phó' || wordAt(ctx, j) === 'trưởng') j++;
  if (wordAt(ctx, j) === 'đoàn') {
    const next = wordAt(ctx, j + 1);
    if (next === 'đbqh' || (next === 'đại' && wordAt(ctx, j + 2) === 'biểu')) return true;
    return p === '(' || PLACES.match(ctx, j + 1) !== null; // "- Đoàn Hải Dương"

  }
  if (p !== '(') return false;
  const place = PLACES.match(ctx, j);
  return place !== null && punctAt(ctx, j + place.len) === ')';
}

// "Đại biểu A chất vấn Giám đốc Sở …", "Đại biểu A hỏi …": only a council's or the Assembly's delegate questions.
function questions(ctx: TextContext, k: number): boolean {
  const a = wordAt(ctx, k);
  return (a === 'chất' && wordAt(ctx, k + 1) === 'vấn') || a === 'hỏi' || (a === 'tranh' && wordAt(ctx, k + 1) === 'luận');
}

function isDelegateHead(ctx: TextContext, chain: TitleChain): boolean {
  const only = chain.titles.length === 1 ? chain.titles[0]! : null;
  return only !== null && only.to - only.from === 2 && wordAt(ctx, only.from) === 'đại' && wordAt(ctx, only.from + 1) === 'biểu';
}

// "đồng chí A, Giám đốc Công ty X": a company's post stays private whoever holds it.
function privateTitle(ctx: TextContext, chain: TitleChain): boolean {
  for (const s of chain.titles) for (let k = s.from; k < s.to; k++) if (PRIVATE_MARKERS.match(ctx, k)) return true;
  return false;
}

/** "Các đồng chí A, B được bầu làm Phó Chủ tịch": the first of several comrades given a post with no company in it. */
export function comradesGiven(ctx: TextContext, first: [number, number], chain: TitleChain): boolean {
  return comradeBefore(ctx, first[0]) && !privateTitle(ctx, chain);
}

/** "đồng chí A - Viện trưởng": a comrade's post, when no company is named in it, is a public one. */
export function comradeHolds(ctx: TextContext, name: [number, number], chain: TitleChain): boolean {
  return comradeBefore(ctx, name[0]) && !privateTitle(ctx, chain);
}

/**
 * "8 phó chủ tịch chuyên trách gồm: bà A (Phó chủ tịch Thường trực Ủy ban MTTQ …), ông B, …": the list's first item
 * holds the same post, public by its own organ; it vouches for the counted post of all.
 */
function firstItemVouches(ctx: TextContext, cue: number, chain: TitleChain): boolean {
  let k = cue;
  const cue1 = HONORIFICS.match(ctx, k);
  if (cue1) k += cue1.len;
  const name = pickName(ctx, k, capRunEnd(ctx, k), 'strong');
  if (!name || name[0] !== k) return false;
  const p = punctAt(ctx, name[1]);
  if ((p !== '(' && p !== ',' && p !== '-') || !startTitle(ctx, name[1] + 1)) return false;
  const own = parseTitleChain(ctx, name[1] + 1, 'name-first')!.titles[0]!;
  const head = chain.titles[0]!;
  return own.isPublic && wordAt(ctx, own.from) === wordAt(ctx, head.from) && wordAt(ctx, own.from + 1) === wordAt(ctx, head.from + 1);
}

/**
 * True when what surrounds a title-first chain whose organ proves nothing vouches for a public post: a comrade
 * ("đồng chí Phó viện trưởng A") or a National Assembly delegate named with a delegation ("Đại biểu A (Đoàn Hà Nội)").
 */
export function vouchedTitle(ctx: TextContext, chain: TitleChain): boolean {
  const from = chain.titles[0]!.from;
  if (comradeBefore(ctx, from)) return !privateTitle(ctx, chain);
  if (isCountedTitle(ctx, from) && !chain.name) {
    const cue = listCueAfter(ctx, chain.end);
    if (cue >= 0 && firstItemVouches(ctx, cue, chain)) return true;
  }
  if (organBeforeHead(ctx, chain)) return true;
  return chain.name !== null && isDelegateHead(ctx, chain) && (delegationAt(ctx, chain.name[1]) || questions(ctx, chain.name[1]));
}
