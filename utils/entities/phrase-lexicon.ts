import { normalizeText } from './normalize-text';
import { tokenKey, type TextContext } from './text-context';
import { WORD, PUNCT } from './tokenize';

/** Lower-case syllables of a lexicon phrase, normalised like input text. */
export function phraseKeys(phrase: string): string[] {
  return normalizeText(phrase).text.toLowerCase().split(/\s+/).filter(Boolean);
}

// Every lexicon's first syllables in one map, one bit per lexicon: a token is looked up once, not once per lexicon.
const FIRST_BITS = new Map<string, number>();
let nextBit = 0;

/** Bitmask of the lexicons that have a phrase starting with token i (cached per token). */
function firstBits(ctx: TextContext, i: number): number {
  let m = ctx.firstMask[i]!;
  if (m === 0) {
    m = (FIRST_BITS.get(tokenKey(ctx, i)) ?? 0) | 0x40000000;
    ctx.firstMask[i] = m;
  }
  return m;
}

/** A longest-match dictionary of multi-syllable phrases over tokens, keyed by first syllable. */
export class PhraseLexicon<V> {
  private byFirst = new Map<string, Array<{ keys: string[]; value: V }>>();
  private readonly bit = 1 << nextBit++ % 30;

  /** Builds the lexicon from [phrase, value] pairs. */
  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const keys = phraseKeys(phrase);
      const first = keys[0];
      if (!first) continue;
      let list = this.byFirst.get(first);
      if (!list) this.byFirst.set(first, (list = []));
      list.push({ keys, value });
      FIRST_BITS.set(first, (FIRST_BITS.get(first) ?? 0) | this.bit);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  }

  /** Longest phrase starting at token i: its length in tokens and value, or null. */
  match(ctx: TextContext, i: number): { len: number; value: V } | null {
    const t = ctx.tokens;
    if (i < 0 || i >= t.count || t.kind[i] === PUNCT || !(firstBits(ctx, i) & this.bit)) return null;
    const list = this.byFirst.get(tokenKey(ctx, i));
    if (!list) return null;
    outer: for (const e of list) {
      if (i + e.keys.length > t.count) continue;
      for (let k = 1; k < e.keys.length; k++) {
        if (t.kind[i + k] !== WORD || tokenKey(ctx, i + k) !== e.keys[k]) continue outer;
      }
      return { len: e.keys.length, value: e.value };
    }
    return null;
  }

  /** True when some phrase starts with this lower-case syllable (cheap pre-check). */
  hasFirst(key: string): boolean {
    return this.byFirst.has(key);
  }
}

/** A lexicon where every phrase maps to `true`. */
export function phraseSet(phrases: readonly string[]): PhraseLexicon<true> {
  return new PhraseLexicon(phrases.map((p) => [p, true] as const));
}
