import { foreignNameAt } from './foreign-name';
import { capRunEnd, pickName } from './name-run';
import { startTitle } from './parse-title-chain';
import { HONORIFICS, MILITARY_RANKS, SPELLED_PREFIXES } from './ranks';
import { punctAt, tokenKey, type TextContext } from './text-context';
import { CAP, NUM, PUNCT, WORD } from './tokenize';

const COUNT_WORDS = new Set(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'các', 'những']);
const NUMBER_WORDS = new Map([['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8], ['chín', 9], ['mười', 10]]);


// People counted before "làm" and the post they are made: "chỉ định 5 đồng chí làm Phó Bí thư …", "bầu hai người
// làm …". (Two-word nouns; one-word ones follow.)
const COUNTED_PEOPLE = new Set(['đồng chí', 'anh chị', 'cán bộ', 'nhân sự', 'người', 'ông', 'bà']);

// The token that counts the title at `from` ("5" in "5 Phó Chủ tịch" and in "5 đồng chí làm Phó Chủ tịch"), or -1.
function countTokenBefore(ctx: TextContext, from: number): number {
  if (from < 1 || !(tokenKey(ctx, from - 1) === 'làm' && ctx.tokens.kind[from - 1] === WORD)) return from - 1;
  for (const len of [2, 1]) {
    const k = from - 2 - len;
    if (k < 0) continue;
    const noun = len === 2 ? `${tokenKey(ctx, k + 1)} ${tokenKey(ctx, k + 2)}` : tokenKey(ctx, k + 1);
    if (COUNTED_PEOPLE.has(noun) && (ctx.tokens.kind[k] === NUM || NUMBER_WORDS.has(tokenKey(ctx, k)))) return k;
  }
  return from - 1;
}

/** True when the title starting at `from` is counted or plural: "5 Phó Chủ tịch", "các Phó Bí thư", "sáu Thứ trưởng". */
export function isCountedTitle(ctx: TextContext, from: number): boolean {
  const k = countTokenBefore(ctx, from);
  if (k < 0) return false;
  if (ctx.tokens.kind[k] === NUM) return true;
  return ctx.tokens.kind[k] === WORD && COUNT_WORDS.has(tokenKey(ctx, k));
}

/** How many holders a counted title announces ("3 Phó Chủ tịch", "hai cựu Thứ trưởng"); null for "các", "những". */
export function titleCount(ctx: TextContext, from: number): number | null {
  const k = countTokenBefore(ctx, from);
  if (k < 0) return null;
  const t = ctx.tokens;
  if (t.kind[k] === NUM) {
    const n = Number(ctx.text.slice(t.start[k], t.end[k]));
    return Number.isInteger(n) && n > 0 && n < 40 ? n : null;
  }
  return t.kind[k] === WORD ? NUMBER_WORDS.get(tokenKey(ctx, k)) ?? null : null;
}

/**
 * Where the holders of a counted title start to be listed: "<title>, gồm ...", "<title> được chỉ định gồm: ...",
 * "<title>, đó là ...". -1 when the sentence goes on otherwise (a capital word or sentence punctuation comes first).
 */
export function listCueAfter(ctx: TextContext, end: number): number {
  const t = ctx.tokens;
  for (let k = end, words = 0; k < t.count && words < 6; k++, words++) {
    if (t.kind[k] === PUNCT) {
      // "2 Phó Giám đốc Bệnh viện (Thiều Đình Hưng và Lê Ngọc Trường)": the holders in parentheses.
      if (punctAt(ctx, k) === '(' && words === 0 && t.kind[k + 1] === WORD && t.flags[k + 1]! & CAP) {
        const name = pickName(ctx, k + 1, capRunEnd(ctx, k + 1), 'strong');
        if (name && name[0] === k + 1) return k + 1;
      }
      // "2 Phó Chủ tịch UBND tỉnh (nhiệm kỳ 2016-2021), gồm: …": an aside in parentheses before the cue.
      if (punctAt(ctx, k) === '(' && words === 0) {
        const close = closingParen(ctx, k);
        if (close < 0) return -1;
        k = close;
        continue;
      }
      // "9 phó chủ tịch: ông A, ông B …": the list right after a colon.
      if (punctAt(ctx, k) === ':' && words === 0) return k + 1;
      if (punctAt(ctx, k) !== ',') return -1;
      continue;
    }
    if (t.kind[k] !== WORD) return -1;
    const key = tokenKey(ctx, k);
    if (key === 'gồm' || key === 'là') return punctAt(ctx, k + 1) === ':' ? k + 2 : k + 1;
    // "bổ nhiệm 4 thẩm phán … đối với các ông, bà A, B": the appointees after "đối với".
    if (key === 'đối' && tokenKey(ctx, k + 1) === 'với') return k + 2;
    if (key !== key.toLowerCase() || ctx.text[t.start[k]!] !== ctx.text[t.start[k]!]!.toLowerCase()) return -1;
  }
  return -1;
}

function closingParen(ctx: TextContext, k: number): number {
  for (let j = k + 1; j < ctx.tokens.count && j < k + 12; j++) {
    const p = punctAt(ctx, j);
    if (p === ')') return j;
    if (p === '(' || p === '.' || p === ';') return -1;
  }
  return -1;
}

// "các ông, bà:", "các ông bà", "ông, bà", "các ông:", "các đồng chí:": the honorifics that open a list of people;
// the token after them.
function mixedHonorificsEnd(ctx: TextContext, k: number): number {
  let j = tokenKey(ctx, k) === 'các' ? k + 1 : k;
  const cue = HONORIFICS.match(ctx, j);
  if (!cue) return k;
  const first = tokenKey(ctx, j);
  j += cue.len;
  if (punctAt(ctx, j) === ':') return j + 1; // "các ông:", "các đồng chí:"
  if (first !== 'ông') return k;
  if (punctAt(ctx, j) === ',') j++;
  if (tokenKey(ctx, j) !== 'bà') return k;
  j++;
  return punctAt(ctx, j) === ':' ? j + 1 : j;
}

/** "các ông bà:", "các ông, bà:", "các đồng chí:" at token i: where the listed names start, or -1 (a colon is needed). */
export function listOpenedAt(ctx: TextContext, i: number): number {
  const end = mixedHonorificsEnd(ctx, i);
  return end > i && punctAt(ctx, end - 1) === ':' ? end : -1;
}

// Past an apposition after a listed name: "(Chủ tịch UBND tỉnh)" or ", Chủ tịch UBND tỉnh;" up to the next item.
function skipApposition(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  if (punctAt(ctx, k) === '(') {
    for (let j = k + 1; j < t.count && j < k + 30; j++) if (punctAt(ctx, j) === ')') return j + 1;
    return -1;
  }
  // "ông A, để nghỉ hưu theo chế độ; ông B …": a lower-case clause after the name, up to the next item.
  if (punctAt(ctx, k) === ',' && t.kind[k + 1] === WORD && !(t.flags[k + 1]! & CAP) && tokenKey(ctx, k + 1) !== 'và' && !startTitle(ctx, k + 1) &&
    !HONORIFICS.match(ctx, k + 1) && !MILITARY_RANKS.match(ctx, k + 1) && tokenKey(ctx, k + 1) !== 'các') {
    for (let j = k + 1; j < t.count && j < k + 20; j++) {
      const p = punctAt(ctx, j);
      if (p === ';') return j;
      if (p === '.' || p === ':' || p === '(') return k;
    }
    return k;
  }
  if (punctAt(ctx, k) === ',' && startTitle(ctx, k + 1)) {
    for (let j = k + 1; j < t.count && j < k + 40; j++) {
      const p = punctAt(ctx, j);
      if (p === ';') return j;
      if (p === '.' || p === ':') return -1;
      // "đối với ông A, Giám đốc Sở X và ông B, …": "và" and an honorific open the next item.
      if (tokenKey(ctx, j) === 'và' && t.kind[j] === WORD && HONORIFICS.match(ctx, j + 1)) return j;
    }
    return -1;
  }
  return k;
}

// Past a listed person's birth year and home place: "chị A sinh năm 1986, quê xã B (tỉnh C); chị D …". Returns the
// separator before the next item, or k when no such details follow.
function birthDetailsEnd(ctx: TextContext, k: number): number {
  let j = k;
  if (tokenKey(ctx, j) === 'sinh' && tokenKey(ctx, j + 1) === 'năm' && ctx.tokens.kind[j + 2] === NUM) j += 3;
  if (punctAt(ctx, j) === ',' && tokenKey(ctx, j + 1) === 'quê' && ctx.tokens.kind[j + 1] === WORD) {
    for (let i = j + 2; i < ctx.tokens.count && i < j + 20; i++) {
      const p = punctAt(ctx, i);
      if (p === '(') { i = closingParen(ctx, i); if (i < 0) return k; continue; }
      if (p === ';' || (p === ',' && (HONORIFICS.match(ctx, i + 1) || tokenKey(ctx, i + 1) === 'và'))) return i;
      if (p) return p === ',' || p === '-' ? k : i;
    }
    return k;
  }
  return j;
}

/** Names listed from token k ("các ông A, ông B và bà C", "A (title), B; C"), appended to `out`; returns the end. */
export function namesInList(ctx: TextContext, k: number, out: Array<[number, number]>): number {
  k = mixedHonorificsEnd(ctx, k);
  for (let guard = 0; guard < 40 && k < ctx.tokens.count; guard++) {
    if (tokenKey(ctx, k) === 'các') k++;
    const cue = k < ctx.tokens.count ? HONORIFICS.match(ctx, k) ?? MILITARY_RANKS.match(ctx, k) : null;
    if (cue) k += cue.len;
    const spelled = k < ctx.tokens.count && !(ctx.tokens.flags[k]! & CAP) ? SPELLED_PREFIXES.match(ctx, k) : null;
    if (spelled) k += spelled.len; // "… là bác sĩ A và B"
    const run = capRunEnd(ctx, k);
    let name = run - k >= 2 ? pickName(ctx, k, run, 'strong') : null;
    // "… là các ông Prawit Wongsuwon, Somkid Jatusripitak và …": foreign names no Vietnamese syllables spell.
    const foreign = foreignNameAt(ctx, k, true);
    if (foreign && foreign[0] === k && (!name || name[0] !== k || foreign[1] > name[1])) name = foreign;
    if (!name || name[0] !== k) return k;
    out.push(name);
    k = skipApposition(ctx, birthDetailsEnd(ctx, name[1]));
    if (k < 0) return name[1];
    const p = punctAt(ctx, k);
    if (p === ',' || p === ';' || tokenKey(ctx, k) === 'và') k++;
    else return k;
    if ((p === ',' || p === ';') && tokenKey(ctx, k) === 'và') k++; // "…(SN 1974), và ông B"

  }
  return k;
}
