import { CLASS_TABLE, DIGIT, JOINER, LETTER, NEWLINE, SPACE, charClass } from './char-class';

export { isLetter } from './char-class';

/** Token kinds: a word (letters, maybe digits), a number (starts with a digit), or one punctuation char. */
export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

/** Flags on a token. */
export const CAP = 1; // first letter upper case
export const ALLCAPS = 2; // every letter upper case (two letters or more)
export const NL_BEFORE = 4; // a line break separates it from the previous token
export const DOTTED = 8; // contains an inner '.', '/', '&' or digits mixed with letters: an abbreviation or code
export const PARA_BEFORE = 16; // a blank line separates it from the previous token (captions, headlines, paragraphs)

/** Parallel arrays describing the tokens of a normalised text (arrays may be longer than `count`). */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
  /** hashKey() of the token's lower-case text: lexicons look tokens up without building strings. */
  hash: Int32Array;
}

/** Splits normalised text into words, numbers and punctuation in one pass; `lower` is text.toLowerCase(). */
// Lower case of each UTF-16 unit below U+2000 that lower-cases to one unit on its own; 0 where the whole-string
// lower case may differ (final sigma) or grows (İ): those are read from the lower-case copy.
const LOWER = new Uint16Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const l = String.fromCharCode(c).toLowerCase();
  LOWER[c] = l.length === 1 && c !== 0x3a3 ? l.charCodeAt(0) : 0;
}

export function tokenize(text: string, lower: string): Tokens {
  const n = text.length;
  // A local alias: imported bindings are re-checked on every access when modules are not bundled (tsx, tests).
  const table = CLASS_TABLE;
  const lowerOf = LOWER;
  const L = LETTER; // and the classes as locals too
  const D = DIGIT;
  // Typed arrays (no per-token objects, little GC), sized for ordinary prose and doubled when a text is denser.
  let cap = (n >> 2) + 16;
  let start = new Int32Array(cap);
  let end = new Int32Array(cap);
  let hash = new Int32Array(cap);
  let kind = new Uint8Array(cap);
  let flags = new Uint8Array(cap);
  let count = 0;
  let newline = 0; // line breaks since the previous token
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const k = c < 0x2000 ? table[c]! : charClass(c);
    if (k === SPACE) { i++; continue; }
    if (k === NEWLINE) { newline++; i++; continue; }
    if (count === cap) {
      cap *= 2;
      start = grown(start, new Int32Array(cap));
      end = grown(end, new Int32Array(cap));
      hash = grown(hash, new Int32Array(cap));
      kind = grown(kind, new Uint8Array(cap));
      flags = grown(flags, new Uint8Array(cap));
    }
    const s = i;
    let f = newline === 0 ? 0 : newline === 1 ? NL_BEFORE : NL_BEFORE | PARA_BEFORE;
    newline = 0;
    if (k !== L && k !== D) {
      start[count] = s;
      end[count] = s + 1;
      kind[count] = PUNCT;
      hash[count] = lower.charCodeAt(s);
      flags[count++] = f;
      i++;
      continue;
    }
    let letters = 0;
    let uppers = 0;
    let digits = 0;
    let dotted = false;
    let h = 0;
    let firstUpper = false;
    let viet = false; // a letter beyond ASCII read so far ("là", "và" glued to the next word)
    while (i < n) {
      const d = text.charCodeAt(i);
      const kd = d < 0x2000 ? table[d]! : charClass(d);
      if (kd === L) {
        // ASCII letters without reading the lower-case copy (it is text.toLowerCase(): same code units).
        const lt = d < 0x2000 ? lowerOf[d]! : 0;
        const l = lt !== 0 ? lt : lower.charCodeAt(i);
        // Words glued by a missing space end where the case turns: "viênThường" (a lower-case word, then a capital),
        // "QHNguyễn" (an acronym, then a capitalised word). Short prefixes stay whole: "McCain", "TTr", "iPhone".
        // A number glued to the next capitalised word ("13/03/2021Đại tá", a list item "- 1Luật …") ends at its last digit.
        if (d !== l && i + 1 < n && ((!dotted && digits === 0 && (
          ((letters >= 3 || (letters === 2 && viet)) && uppers <= 1 && lower.charCodeAt(i - 1) === text.charCodeAt(i - 1)) ||
          (letters >= 2 && uppers === letters && text.charCodeAt(i + 1) === lower.charCodeAt(i + 1) && table[text.charCodeAt(i + 1)] === L)
        )) || (letters === 0 && digits >= 1 && text.charCodeAt(i + 1) === lower.charCodeAt(i + 1) && table[text.charCodeAt(i + 1)] === L))) break;
        letters++;
        if (d > 127) viet = true;
        if (d !== l) { if (i === s) firstUpper = true; uppers++; }
        h = (Math.imul(h, 31) + l) | 0;
        i++;
      } else if (kd === D) {
        digits++;
        h = (Math.imul(h, 31) + d) | 0;
        i++;
      } else if (kd === JOINER && i + 1 < n) {
        const e = text.charCodeAt(i + 1);
        const kn = e < 0x2000 ? table[e]! : charClass(e);
        if (kn !== L && kn !== D) break;
        // A full stop missing its space ("một đêm.Lãnh đạo"): a lower-case word, then a capitalised one.
        if (d === 46 && kn === L && e !== lower.charCodeAt(i + 1) && !dotted && digits === 0 && letters >= 3 && uppers <= 1 &&
          lower.charCodeAt(i - 1) === text.charCodeAt(i - 1) && i + 2 < n && text.charCodeAt(i + 2) === lower.charCodeAt(i + 2) &&
          table[text.charCodeAt(i + 2)] === L) break;
        dotted = true;
        h = (Math.imul(h, 31) + lower.charCodeAt(i)) | 0;
        i++;
      } else break;
    }
    if (firstUpper) f |= CAP;
    if (letters >= 2 && uppers === letters) f |= ALLCAPS;
    if (dotted || (letters > 0 && digits > 0)) f |= DOTTED;
    start[count] = s;
    end[count] = i;
    kind[count] = k === D ? NUM : WORD;
    hash[count] = h;
    flags[count++] = f;
  }
  return { count, start, end, kind, flags, hash };
}

function grown<A extends Int32Array | Uint8Array>(from: A, to: A): A {
  to.set(from);
  return to;
}
