import { capRunEnd, pickName } from './name-run';
import { startTitle } from './parse-title-chain';
import { HONORIFICS, MILITARY_RANKS } from './ranks';
import { tokenKey, type TextContext } from './text-context';
import { NUM, PUNCT, WORD } from './tokenize';

const COUNT_WORDS = new Set(['hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'các', 'những']);

function punct(ctx: TextContext, i: number): string {
  return i >= 0 && i < ctx.tokens.count && ctx.tokens.kind[i] === PUNCT ? ctx.text[ctx.tokens.start[i]!]! : '';
}

/** True when the title starting at `from` is counted or plural: "5 Phó Chủ tịch", "các Phó Bí thư", "sáu Thứ trưởng". */
export function isCountedTitle(ctx: TextContext, from: number): boolean {
  const k = from - 1;
  if (k < 0) return false;
  if (ctx.tokens.kind[k] === NUM) return true;
  return ctx.tokens.kind[k] === WORD && COUNT_WORDS.has(tokenKey(ctx, k));
}

/**
 * Where the holders of a counted title start to be listed: "<title>, gồm ...", "<title> được chỉ định gồm: ...",
 * "<title>, đó là ...". -1 when the sentence goes on otherwise (a capital word or sentence punctuation comes first).
 */
export function listCueAfter(ctx: TextContext, end: number): number {
  const t = ctx.tokens;
  for (let k = end; k < t.count && k < end + 6; k++) {
    if (t.kind[k] === PUNCT) {
      if (punct(ctx, k) !== ',') return -1;
      continue;
    }
    if (t.kind[k] !== WORD) return -1;
    const key = tokenKey(ctx, k);
    if (key === 'gồm' || key === 'là') return punct(ctx, k + 1) === ':' ? k + 2 : k + 1;
    if (key !== key.toLowerCase() || ctx.text[t.start[k]!] !== ctx.text[t.start[k]!]!.toLowerCase()) return -1;
  }
  return -1;
}

// Past an apposition after a listed name: "(Chủ tịch UBND tỉnh)" or ", Chủ tịch UBND tỉnh;" up to the next item.
function skipApposition(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  if (punct(ctx, k) === '(') {
    for (let j = k + 1; j < t.count && j < k + 30; j++) if (punct(ctx, j) === ')') return j + 1;
    return -1;
  }
  if (punct(ctx, k) === ',' && startTitle(ctx, k + 1)) {
    for (let j = k + 1; j < t.count && j < k + 40; j++) {
      const p = punct(ctx, j);
      if (p === ';') return j;
      if (p === '.' || p === ':') return -1;
    }
    return -1;
  }
  return k;
}

/** Names listed from token k ("các ông A, ông B và bà C", "A (title), B; C"), appended to `out`; returns the end. */
export function namesInList(ctx: TextContext, k: number, out: Array<[number, number]>): number {
  for (let guard = 0; guard < 40 && k < ctx.tokens.count; guard++) {
    if (tokenKey(ctx, k) === 'các') k++;
    const cue = k < ctx.tokens.count ? HONORIFICS.match(ctx, k) ?? MILITARY_RANKS.match(ctx, k) : null;
    if (cue) k += cue.len;
    const run = capRunEnd(ctx, k);
    const name = run - k >= 2 ? pickName(ctx, k, run, 'strong') : null;
    if (!name || name[0] !== k) return k;
    out.push(name);
    k = skipApposition(ctx, name[1]);
    if (k < 0) return name[1];
    const p = punct(ctx, k);
    if (p === ',' || p === ';' || tokenKey(ctx, k) === 'và') k++;
    else return k;
  }
  return k;
}
