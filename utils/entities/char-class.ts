import { OTHER_LETTER_RUNS } from './fold-table';

/** Character classes used by the tokenizer and symbol parser. */
export const OTHER = 0;
export const SPACE = 1;
export const NEWLINE = 2;
export const DIGIT = 3;
export const LETTER = 4;
export const JOINER = 5; // . / & ' ’ — kept inside a token when a letter or digit follows ("T.Ư", "đ/c", "H'Hen")

// One table for Latin and Vietnamese (everything below U+2000): a byte load per char instead of range tests.
/** Class of every UTF-16 unit below U+2000 (hot loops index it directly; charClass() covers the rest). */
export const CLASS_TABLE = new Uint8Array(0x2000);
const TABLE = CLASS_TABLE;
for (let c = 0; c < 0x2000; c++) {
  if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11 || c === 0xa0) TABLE[c] = SPACE;
  else if (c === 10) TABLE[c] = NEWLINE;
  else if (c >= 48 && c <= 57) TABLE[c] = DIGIT;
  else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) TABLE[c] = LETTER;
  else if (c === 46 || c === 47 || c === 38 || c === 39) TABLE[c] = JOINER;
  else if (c >= 0xc0 && c <= 0x24f) TABLE[c] = c !== 0xd7 && c !== 0xf7 ? LETTER : OTHER;
}
for (const run of OTHER_LETTER_RUNS.split(/\s+/)) {
  const [from, len] = run.split('-').map((x) => parseInt(x, 36));
  TABLE.fill(LETTER, from!, from! + len!);
}

const OTHER_LETTER = /\p{L}/u;

/** Class of one UTF-16 unit (surrogates and symbols are OTHER; other scripts' letters are LETTER). */
export function charClass(c: number): number {
  if (c < 0x2000) return TABLE[c]!;
  if (c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return SPACE;
  if (c === 0x2028 || c === 0x2029) return NEWLINE;
  if (c === 0x2019) return JOINER;
  if (c >= 0xd800 && c <= 0xdfff) return OTHER;
  return OTHER_LETTER.test(String.fromCharCode(c)) ? LETTER : OTHER;
}

/** True for a UTF-16 unit that is a letter in Latin/Vietnamese text (or another script). */
export function isLetter(c: number): boolean {
  return (c < 0x2000 ? TABLE[c] : charClass(c)) === LETTER;
}

/** Hash of a lower-case token string, the same one the tokenizer computes while reading it. */
export function hashKey(key: string): number {
  let h = 0;
  for (let i = 0; i < key.length; i++) h = (Math.imul(h, 31) + key.charCodeAt(i)) | 0;
  return h;
}
