import { tokenKey, type TextContext } from './text-context';
import { ALLCAPS, CAP, NL_BEFORE, PUNCT, WORD } from './tokenize';

// Country words that make hyphenated pairs of states ("Việt-Nhật", "Việt-Lào"), no name.
const COUNTRY_SYLLABLES = new Set(['việt', 'nam', 'lào', 'nhật', 'trung', 'hàn', 'mỹ', 'nga', 'pháp', 'anh', 'đức', 'úc', 'thái', 'triều',
  'campuchia', 'cuba', 'ấn', 'xô', 'mông']);

// Three syllables at least, none in capitals ("GD-ĐT", "NN-PTNT" are departments) and none a country's.
function nameLike(ctx: TextContext, a: number, b: number): boolean {
  let syllables = 0;
  for (let k = a; k < b; k++) {
    if (ctx.tokens.kind[k] !== WORD) continue;
    if (ctx.tokens.flags[k]! & ALLCAPS || COUNTRY_SYLLABLES.has(tokenKey(ctx, k))) return false;
    syllables++;
  }
  return syllables >= 3;
}

function gluedDash(ctx: TextContext, h: number): boolean {
  const t = ctx.tokens;
  return h > 0 && h + 1 < t.count && t.kind[h] === PUNCT && ctx.text[t.start[h]!] === '-' &&
    t.start[h] === t.end[h - 1] && t.start[h + 1] === t.end[h] && t.kind[h - 1] === WORD && t.kind[h + 1] === WORD;
}

// From a capitalised word at k: the end of "Word-word-Word" (at least one glued hyphen), or -1.
function groupEnd(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  if (k >= t.count || t.kind[k] !== WORD || !(t.flags[k]! & CAP)) return -1;
  let j = k + 1;
  let parts = 1;
  while (parts < 8 && gluedDash(ctx, j)) { j += 2; parts++; }
  return parts >= 2 ? j : -1;
}

// Back from token j (the last of a group): the start of "Word-word-Word", or -1.
function groupStart(ctx: TextContext, j: number): number {
  let k = j;
  let parts = 1;
  while (parts < 8 && k >= 2 && gluedDash(ctx, k - 1)) { k -= 2; parts++; }
  return parts >= 2 && ctx.tokens.flags[k]! & CAP ? k : -1;
}

// Cambodian honorific styles as papers transliterate them ("Xăm-đéc Tê-chô Hun Xen"): written before the name, not part of it.
const STYLE_GROUPS = new Set(['xăm-đéc', 'xăm-đết', 'tê-chô', 'ác-ca', 'mô-ha', 'xê-na', 'pa-đây']);

function isStyleGroup(ctx: TextContext, k: number, end: number): boolean {
  if (end - k !== 3) return false;
  return STYLE_GROUPS.has(`${tokenKey(ctx, k)}-${tokenKey(ctx, k + 2)}`);
}

/** Past the hyphenated styles starting at token k (k when there are none). */
function stylesEnd(ctx: TextContext, k: number): number {
  for (let n = 0, e = groupEnd(ctx, k); n < 6 && e > 0 && isStyleGroup(ctx, k, e); n++, e = groupEnd(ctx, k)) k = e;
  return k;
}

/** Back from token k (a name's first): where the hyphenated styles written before it start (k when none). */
export function hyphenStylesStart(ctx: TextContext, k: number): number {
  for (let n = 0; n < 6 && k >= 3 && gluedDash(ctx, k - 2) && isStyleGroup(ctx, k - 3, k); n++) k -= 3;
  return k;
}

/**
 * "Oh-Sae-Hyun", "Văn-Xay-Phong-Sạ-Vẳn", "Xạ-lởm-xay Côm-ma-xít": a transliterated name written syllable by syllable
 * with hyphens, one or two such groups, starting at token k. Its token range, or null.
 */
export function hyphenNameAt(ctx: TextContext, k: number): [number, number] | null {
  // "Xăm-đéc Tê-chô Hun Xen": past the styles, the name in either shape.
  const s = stylesEnd(ctx, k);
  if (s > k) return styledNameAt(ctx, s);
  const e1 = groupEnd(ctx, k);
  if (e1 < 0) return null;
  const e2 = groupEnd(ctx, e1);
  const end = e2 > 0 && ctx.tokens.start[e1]! > ctx.tokens.end[e1 - 1]! ? e2 : e1;
  return nameLike(ctx, k, end) ? [k, end] : null;
}

// After the styles: two to four capitalised words, plain or hyphenated ("Hun Xen", "Hun Ma-nét").
function styledNameAt(ctx: TextContext, s: number): [number, number] | null {
  const t = ctx.tokens;
  let j = s;
  let words = 0;
  while (words < 4 && j < t.count && t.kind[j] === WORD && t.flags[j]! & CAP && (j === s || !(t.flags[j]! & NL_BEFORE))) {
    j++;
    for (let parts = 1; parts < 8 && gluedDash(ctx, j); parts++) j += 2;
    words++;
  }
  return words >= 2 ? [s, j] : null;
}

/** The same name ending at token j (its last syllable), or null. */
export function hyphenNameEndingAt(ctx: TextContext, j: number): [number, number] | null {
  const s2 = groupStart(ctx, j);
  if (s2 < 0) return null;
  const s1 = s2 > 0 ? groupStart(ctx, s2 - 1) : -1;
  const start = s1 >= 0 ? s1 : s2;
  return nameLike(ctx, start, j + 1) ? [start, j + 1] : null;
}
