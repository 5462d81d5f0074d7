import { isLetter } from './char-class';

/** A matching copy of a text plus the way back to the original's UTF-16 offsets. */
export interface NormalizedText {
  /** NFC text with one tone placement, Đ for look-alikes, plain spaces and '-' for every dash. */
  text: string;
  /** `toOrig[i]` is the original offset of normalised index i (length text.length + 1); null = identity. */
  toOrig: Int32Array | null;
}

// Look-alikes replaced one UTF-16 unit for one, so offsets stay put.
const LOOKALIKE = /[\u00D0\u00F0\u00A0\u2000-\u200A\u202F\u205F\u3000\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u2044\u2215]/g;
const LOOKALIKE_MAP: Record<string, string> = { '\u00D0': '\u0110', '\u00F0': '\u0111' };

// New-style tone placement (hoà, uỷ, khoẻ) moved to the first vowel (hòa, ủy, khỏe) in open syllables;
// "qu" + y keeps its tone on y in both styles, hence the q guard.
// Only pairs that end a syllable: "hoàn", "toàn" are common and keep their tone where it is.
const TONE_SECOND = /(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![A-Za-z\u00C0-\u024F\u1E00-\u1EFF])/g;
const LETTER_AFTER = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;
const TONED: Record<string, [number, string]> = {};
(function fillTones(): void {
  const rows: Array<[string, string]> = [
    ['a', 'àáảãạ'], ['e', 'èéẻẽẹ'], ['y', 'ỳýỷỹỵ'], ['A', 'ÀÁẢÃẠ'], ['E', 'ÈÉẺẼẸ'], ['Y', 'ỲÝỶỸỴ'],
  ];
  for (const [base, toned] of rows) for (let t = 0; t < 5; t++) TONED[toned[t]!] = [t, base];
})();
const ON_FIRST: Record<string, string> = { o: 'òóỏõọ', O: 'ÒÓỎÕỌ', u: 'ùúủũụ', U: 'ÙÚỦŨỤ' };

// Only open syllables move their tone ("hoàn" keeps it), and "qu" + y is the same in both styles.
function moveTone(pair: string, offset: number, whole: string): string {
  const prev = whole[offset - 1];
  if (prev === 'q' || prev === 'Q' || LETTER_AFTER.test(whole[offset + 2] ?? '')) return pair;
  const info = TONED[pair[1]!]!;
  return ON_FIRST[pair[0]!]![info[0]]! + info[1];
}

function lookalike(ch: string): string {
  const mapped = LOOKALIKE_MAP[ch];
  if (mapped) return mapped;
  const c = ch.charCodeAt(0);
  // "1478⁄CĐ-TTg": the fraction slash and the division slash stand for '/' in symbols.
  if (c === 0x2044 || c === 0x2215) return '/';
  const isDash = (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
  return isDash ? '-' : ' ';
}

/** Letters (regex class body) that isLetter() accepts: ASCII, Latin-1 to Latin Extended-B, Vietnamese. */
export const SURE_LETTERS = 'A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff';

// What a text needs, found in one pass: most pages need nothing, and three regex scans cost more than this loop.
const NEEDS_COMBINING = 1;
const NEEDS_LOOKALIKE = 2;
const NEEDS_TONE = 4;
const NEED = new Uint8Array(0x2000);
const TONED_NEXT = new Uint8Array(0x2000);
(function fillNeeds(): void {
  for (let c = 0x300; c <= 0x36f; c++) NEED[c] = NEEDS_COMBINING;
  for (const c of [0xd0, 0xf0, 0xa0]) NEED[c] = NEEDS_LOOKALIKE;
  for (const ch of 'oOuU') NEED[ch.charCodeAt(0)] = NEEDS_TONE;
  for (const ch of 'àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ') TONED_NEXT[ch.charCodeAt(0)] = 1; // after o
  for (const ch of 'ỳýỷỹỵỲÝỶỸỴ') TONED_NEXT[ch.charCodeAt(0)] = 2; // after u
})();

// A quick native pre-check that finds every text needs() would flag (and a few more): most pages need nothing,
// and one regex scan is faster than the loop below. The letters excluded after a toned pair are all letters to
// isLetter() (tests/unit/entities/normalize-text.test.ts), so the pattern can only over-report.
const MAYBE_NEEDS = new RegExp(
  '[\u0300-\u036f\u00d0\u00f0\u00a0\u2000-\u200a\u2010-\u2015\u202f\u205f\u3000\u2212\ufe58\ufe63\uff0d\u2044\u2215]' +
    '|(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![' + SURE_LETTERS + '])',
);

function needs(s: string): number {
  if (!MAYBE_NEEDS.test(s)) return 0;
  // Local aliases: module bindings are re-checked on every access when modules are not bundled (tsx, tests).
  const need = NEED;
  const tonedNext = TONED_NEXT;
  let out = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x2000) {
      const n = need[c]!;
      if (n === 0) continue;
      if (n !== NEEDS_TONE) out |= n;
      else {
        const d = s.charCodeAt(i + 1); // NaN past the end
        const next = d < 0x2000 ? tonedNext[d]! : 0;
        if (next === ((c | 32) === 111 ? 1 : 2) && !isLetter(s.charCodeAt(i + 2))) out |= NEEDS_TONE;
      }
    } else if ((c >= 0x2000 && c <= 0x200a) || (c >= 0x2010 && c <= 0x2015) || c === 0x202f || c === 0x205f || c === 0x3000 ||
      c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d || c === 0x2044 || c === 0x2215) out |= NEEDS_LOOKALIKE;
  }
  return out;
}

/** Normalises text for matching (NFC, tone placement, look-alikes) and keeps an offset map to the original. */
export function normalizeText(original: string): NormalizedText {
  const need = needs(original);
  let text = original;
  let toOrig: Int32Array | null = null;
  if (need === 0) return { text, toOrig };
  if (need & NEEDS_COMBINING) {
    // Decomposed input: normalise cluster by cluster (base + its marks) so each output unit knows its source.
    const parts: string[] = [];
    const map: number[] = [];
    let i = 0;
    const n = original.length;
    while (i < n) {
      let j = i + 1;
      // keep surrogate pairs and following combining marks with their base
      const c = original.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && j < n) j++;
      while (j < n) {
        const d = original.charCodeAt(j);
        if (d >= 0x300 && d <= 0x36f) j++;
        else break;
      }
      const cluster = j - i === 1 ? original[i]! : original.slice(i, j).normalize('NFC');
      parts.push(cluster);
      for (let k = 0; k < cluster.length; k++) map.push(i);
      i = j;
    }
    map.push(n);
    text = parts.join('');
    toOrig = Int32Array.from(map);
  }
  // Composing NFD input may create toned pairs or look-alikes the first scan could not see.
  if (need & (NEEDS_LOOKALIKE | NEEDS_COMBINING)) text = text.replace(LOOKALIKE, lookalike);
  if (need & (NEEDS_TONE | NEEDS_COMBINING)) text = text.replace(TONE_SECOND, moveTone);
  return { text, toOrig };
}

/** Maps a normalised offset back to the original text. */
export function toOriginal(norm: NormalizedText, offset: number): number {
  return norm.toOrig ? norm.toOrig[offset]! : offset;
}
