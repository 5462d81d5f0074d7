import { normalizeText, type NormalizedText } from './normalize-text';
import { buildLexicons } from './phrase-lexicon';
import { PUNCT, WORD, tokenize, type Tokens } from './tokenize';

/** Everything the finders share about one input: original, normalised copy, lower-case copy, tokens. */
export interface TextContext {
  original: string;
  norm: NormalizedText;
  text: string;
  lower: string;
  tokens: Tokens;
  /** Per token, its lower-case string once looked up: 1 + index in the shared table, 0 not yet, -1 in `ownKeys`. */
  keyIds: Int32Array;
  /** Strings of tokens whose hash the shared table holds for another string (rare). */
  ownKeys: Map<number, string> | null;
}

function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  // A few characters (İ) grow when lower-cased; keep those as they are so offsets line up.
  let out = '';
  for (const ch of text) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

/** Normalises and tokenises a text once for all finders. */
export function createTextContext(original: string): TextContext {
  buildLexicons();
  const norm = normalizeText(original);
  const lower = lowerSameLength(norm.text);
  const tokens = tokenize(norm.text, lower);
  if (KEY_STRINGS.length >= MAX_SHARED) {
    KEY_OF_HASH.clear();
    KEY_STRINGS.length = 0;
  }
  return { original, norm, text: norm.text, lower, tokens, keyIds: new Int32Array(tokens.count), ownKeys: null };
}

// Token strings shared by every text, by token hash: a word seen before costs no new string (and no garbage that
// the collector copies while a long text is read), its hash for Set/Map look-ups is already computed, and a text's
// cache is a typed array of ids rather than an array of strings as long as the text. The table is only emptied
// between texts (ids stay valid while one is read): at most about a megabyte is kept.
const KEY_OF_HASH = new Map<number, number>();
const KEY_STRINGS: string[] = [];
const MAX_SHARED = 1 << 14; // Vietnamese has some 7,000 syllables

function lookUpKey(ctx: TextContext, i: number): string {
  const t = ctx.tokens;
  const from = t.start[i]!;
  const len = t.end[i]! - from;
  const h = t.hash[i]!;
  const n = KEY_OF_HASH.get(h);
  if (n !== undefined) {
    const known = KEY_STRINGS[n]!;
    if (known.length === len && ctx.lower.startsWith(known, from)) {
      ctx.keyIds[i] = n + 1;
      return known;
    }
    const own = ctx.lower.slice(from, from + len); // another string with the same hash
    (ctx.ownKeys ??= new Map()).set(i, own);
    ctx.keyIds[i] = -1;
    return own;
  }
  const k = ctx.lower.slice(from, from + len);
  KEY_OF_HASH.set(h, KEY_STRINGS.length);
  KEY_STRINGS.push(k);
  ctx.keyIds[i] = KEY_STRINGS.length;
  return k;
}

/** Lower-case string of token i (cached). */
export function tokenKey(ctx: TextContext, i: number): string {
  if (i < 0 || i >= ctx.tokens.count) return '';
  const id = ctx.keyIds[i]!;
  if (id > 0) return KEY_STRINGS[id - 1]!;
  if (id < 0) return ctx.ownKeys!.get(i)!;
  return lookUpKey(ctx, i);
}

/** Original-text offset for a normalised offset. */
export function origOffset(ctx: TextContext, offset: number): number {
  return ctx.norm.toOrig ? ctx.norm.toOrig[offset]! : offset;
}

// JavaScript's \s other than ' ' (the same set as the regex class [^\S ]).
function isOtherSpace(c: number): boolean {
  return (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

// Same as /\s\s|[^\S ]|^\s|\s$/.test(s) without a regex call: this runs for every name and title found.
function messySpace(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  let prevSpace = true; // a space at 0 counts as leading
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
    } else if (c < 32 ? c >= 9 && c <= 13 : c >= 0xa0 && isOtherSpace(c)) return true;
    else prevSpace = false;
  }
  return prevSpace;
}

/** Original text between two normalised offsets, whitespace collapsed (for names, titles, issuers). */
export function origText(ctx: TextContext, from: number, to: number): string {
  const s = ctx.original.slice(origOffset(ctx, from), origOffset(ctx, to));
  return messySpace(s) ? s.replace(/\s+/g, ' ').trim() : s;
}

/** The punctuation character of token i, or '' when it is no punctuation or lies outside the text. */
export function punctAt(ctx: TextContext, i: number): string {
  return i >= 0 && i < ctx.tokens.count && ctx.tokens.kind[i] === PUNCT ? ctx.text[ctx.tokens.start[i]!]! : '';
}

/** The lower-case key of token i when it is a word, else '' (punctuation, a number, outside the text). */
export function wordAt(ctx: TextContext, i: number): string {
  return ctx.tokens.kind[i] === WORD ? tokenKey(ctx, i) : '';
}
