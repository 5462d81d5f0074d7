import { normalizeText } from './normalize-text';
import { hashKey } from './char-class';
import { type TextContext } from './text-context';
import { WORD, PUNCT } from './tokenize';

/** Lower-case syllables of a lexicon phrase, normalised like input text. */
export function phraseKeys(phrase: string): string[] {
  return normalizeText(phrase).text.toLowerCase().split(/\s+/).filter(Boolean);
}

// Every lexicon's first syllables in one table, one bit per lexicon, indexed by the token's hash: a token is
// checked against all lexicons with one array load and no string. Collisions only cost an exact look-up.
const TABLE_BITS = 14;
const FIRST_BITS = new Int32Array(1 << TABLE_BITS);
let nextBit = 0;

function slot(hash: number): number {
  return (hash ^ (hash >>> TABLE_BITS) ^ (hash >>> 28)) & ((1 << TABLE_BITS) - 1);
}

/** Bitmask of the lexicons that may have a phrase starting with token i. */
export function firstBits(ctx: TextContext, i: number): number {
  return FIRST_BITS[slot(ctx.tokens.hash[i]!)]!;
}

interface Entry<V> {
  keys: string[];
  hashes: number[];
  value: V;
  /** What match() returns for this entry: one shared object, not one per hit (callers only read it). */
  hit: { readonly len: number; readonly value: V };
}

// Token i's text equals key, compared in place (no string is built for the token).
function sameText(ctx: TextContext, i: number, key: string): boolean {
  const t = ctx.tokens;
  return t.end[i]! - t.start[i]! === key.length && ctx.lower.startsWith(key, t.start[i]);
}

// Lexicons not built yet: building waits for the first text (pages that never recognise anything pay nothing).
const pending: Array<PhraseLexicon<unknown>> = [];

/** Builds every lexicon not built yet; createTextContext calls it so firstBits() is complete before any scan. */
export function buildLexicons(): void {
  while (pending.length) pending.pop()!.build();
}

/** A longest-match dictionary of multi-syllable phrases over tokens, keyed by the first syllable's hash. */
export class PhraseLexicon<V> {
  private byFirst = new Map<number, Array<Entry<V>>>();
  private firstKeys = new Set<string>();
  private entries: Iterable<readonly [string, V]> | null;
  /** This lexicon's bit in firstBits(). */
  readonly bit = 1 << nextBit++ % 31;

  /** Keeps [phrase, value] pairs; the lexicon is built on first use. */
  constructor(entries: Iterable<readonly [string, V]>) {
    this.entries = entries;
    pending.push(this as PhraseLexicon<unknown>);
  }

  /** Normalises the phrases and fills the tables (once). */
  build(): void {
    const entries = this.entries;
    if (!entries) return;
    this.entries = null;
    for (const [phrase, value] of entries) {
      const keys = phraseKeys(phrase);
      const first = keys[0];
      if (!first) continue;
      const hashes = keys.map(hashKey);
      let list = this.byFirst.get(hashes[0]!);
      if (!list) this.byFirst.set(hashes[0]!, (list = []));
      list.push({ keys, hashes, value, hit: Object.freeze({ len: keys.length, value }) });
      this.firstKeys.add(first);
      const k = slot(hashes[0]!);
      FIRST_BITS[k] = FIRST_BITS[k]! | this.bit;
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Longest phrase starting at token i: its length in tokens and value, or null. */
  match(ctx: TextContext, i: number): { readonly len: number; readonly value: V } | null {
    if (this.entries) this.build();
    const t = ctx.tokens;
    if (i < 0 || i >= t.count || t.kind[i] === PUNCT || !(firstBits(ctx, i) & this.bit)) return null;
    const list = this.byFirst.get(t.hash[i]!);
    if (!list) return null;
    outer: for (const e of list) {
      const n = e.keys.length;
      if (i + n > t.count) continue;
      for (let k = 0; k < n; k++) {
        const j = i + k;
        // (A dash or a comma inside a phrase, "Cam-pu-chia", "Ban Chính sách, chiến lược", is a token of its own.)
        if ((k > 0 && t.kind[j] !== WORD && e.keys[k] !== '-' && e.keys[k] !== ',') || t.hash[j] !== e.hashes[k] || !sameText(ctx, j, e.keys[k]!)) continue outer;
      }
      return e.hit;
    }
    return null;
  }

  /** True when some phrase starts with this lower-case syllable (cheap pre-check). */
  hasFirst(key: string): boolean {
    if (this.entries) this.build();
    return this.firstKeys.has(key);
  }
}

/** A lexicon where every phrase maps to `true`. */
export function phraseSet(phrases: readonly string[]): PhraseLexicon<true> {
  return new PhraseLexicon(phrases.map((p) => [p, true] as const));
}
