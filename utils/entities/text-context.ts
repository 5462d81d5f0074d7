import { normalizeText, type NormalizedText } from './normalize-text';
import { buildLexicons } from './phrase-lexicon';
import { tokenize, type Tokens } from './tokenize';

/** Everything the finders share about one input: original, normalised copy, lower-case copy, tokens. */
export interface TextContext {
  original: string;
  norm: NormalizedText;
  text: string;
  lower: string;
  tokens: Tokens;
  /** Lazily filled lower-case token strings. */
  keys: Array<string | undefined>;
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
  return { original, norm, text: norm.text, lower, tokens, keys: new Array(tokens.count) };
}

// Token strings shared by every text, by token hash: a word seen before costs no new string (and no garbage that
// the collector copies while a long text is read), and its hash for Set/Map look-ups is already computed.
const INTERNED = new Map<number, string>();
const MAX_INTERNED = 1 << 16;

function internedKey(ctx: TextContext, i: number): string {
  const t = ctx.tokens;
  const from = t.start[i]!;
  const len = t.end[i]! - from;
  const h = t.hash[i]!;
  const known = INTERNED.get(h);
  if (known !== undefined && known.length === len && ctx.lower.startsWith(known, from)) return known;
  const k = ctx.lower.slice(from, from + len);
  if (known === undefined) {
    if (INTERNED.size >= MAX_INTERNED) INTERNED.clear();
    INTERNED.set(h, k);
  }
  return k;
}

/** Lower-case string of token i (cached). */
export function tokenKey(ctx: TextContext, i: number): string {
  if (i < 0 || i >= ctx.tokens.count) return '';
  let k = ctx.keys[i];
  if (k === undefined) {
    k = internedKey(ctx, i);
    ctx.keys[i] = k;
  }
  return k;
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
