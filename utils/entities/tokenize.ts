/** Token kinds: a word (letters, maybe digits), a number (starts with a digit), or one punctuation char. */
export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

/** Flags on a token. */
export const CAP = 1; // first letter upper case
export const ALLCAPS = 2; // every letter upper case (two letters or more)
export const NL_BEFORE = 4; // a line break separates it from the previous token
export const DOTTED = 8; // contains an inner '.', '/', '&' or digits mixed with letters: an abbreviation or code

/** Parallel arrays describing the tokens of a normalised text. */
export interface Tokens {
  count: number;
  start: Int32Array;
  end: Int32Array;
  kind: Uint8Array;
  flags: Uint8Array;
}

function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x1e00 && c <= 0x1eff) return true;
  return c >= 0x370 && /\p{L}/u.test(String.fromCharCode(c));
}

/** True for a UTF-16 unit that is a letter in Latin/Vietnamese text (or another script). */
export function isLetter(c: number): boolean {
  return isLetterCode(c);
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || isLetterCode(c);
}

function isJoiner(c: number): boolean {
  return c === 46 || c === 47 || c === 38 || c === 39 || c === 0x2019; // . / & ' ’
}

/** Splits normalised text into words, numbers and punctuation in one pass; `lower` is text.toLowerCase(). */
export function tokenize(text: string, lower: string): Tokens {
  const n = text.length;
  // Typed arrays sized for the worst case (one token per char): no per-token allocation, little GC.
  const start = new Int32Array(n);
  const end = new Int32Array(n);
  const kind = new Uint8Array(n);
  const flags = new Uint8Array(n);
  let count = 0;
  let newline = false;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0x200b || c === 0xfeff) {
      i++;
      continue;
    }
    if (c === 10 || c === 0x2028 || c === 0x2029) {
      newline = true;
      i++;
      continue;
    }
    const s = i;
    let f = newline ? NL_BEFORE : 0;
    newline = false;
    if (!isAlnum(c)) {
      start[count] = s;
      end[count] = s + 1;
      kind[count] = PUNCT;
      flags[count++] = f;
      i++;
      continue;
    }
    const isNum = c >= 48 && c <= 57;
    let letters = 0;
    let uppers = 0;
    let digits = 0;
    let dotted = false;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isAlnum(d)) {
        if (d >= 48 && d <= 57) digits++;
        else {
          letters++;
          if (d !== lower.charCodeAt(i)) uppers++;
        }
        i++;
      } else if (isJoiner(d) && i + 1 < n && isAlnum(text.charCodeAt(i + 1))) {
        dotted = true;
        i++;
      } else break;
    }
    if (letters > 0 && text.charCodeAt(s) !== lower.charCodeAt(s)) f |= CAP;
    if (letters >= 2 && uppers === letters) f |= ALLCAPS;
    if (dotted || (letters > 0 && digits > 0)) f |= DOTTED;
    start[count] = s;
    end[count] = i;
    kind[count] = isNum ? NUM : WORD;
    flags[count++] = f;
  }
  return { count, start, end, kind, flags };
}
