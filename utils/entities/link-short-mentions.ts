import { hashKey } from './char-class';
import { ORG_PHRASES } from './org-words';
import { HONORIFICS } from './ranks';
import { TITLE_HEADS } from './title-heads';
import { tokenKey, type TextContext } from './text-context';
import { CAP, WORD } from './tokenize';

/** An official known by full name: token ranges already taken and the name's syllables (lower case). */
export interface KnownOfficial {
  id: number;
  nameKeys: string[];
  /** Hashes of nameKeys, when already known (officials carried over from earlier text). */
  hashes?: number[];
  /** Token ranges of mentions found so far (full names). */
  taken: Array<[number, number]>;
}

/** A later mention of a known official: its token range and the official's id. */
export interface ShortMention {
  id: number;
  from: number;
  to: number;
}

// A title head or an honorific ends right before token j ("Bí thư Thanh", "ông Thanh", "đồng chí Thanh").
function cueEndsAt(ctx: TextContext, j: number): boolean {
  for (let len = 1; len <= 4 && j - len >= 0; len++) {
    const h = TITLE_HEADS.match(ctx, j - len);
    if (h && h.len === len) return true;
    const o = HONORIFICS.match(ctx, j - len);
    if (o && o.len === len) return true;
  }
  return false;
}

// Hash of a run of tokens from their own hashes: finds a repeated full name with one map look-up per length,
// however many officials share its family name (a long page can know hundreds of Nguyễns).
function runHash(hashes: ArrayLike<number>, from: number, len: number): number {
  let h = len;
  for (let m = 0; m < len; m++) h = (Math.imul(h, 1000003) ^ hashes[from + m]!) | 0;
  return h;
}

/** Finds repeated full names and "title/honorific + given name" mentions of already-known officials. */
export function linkShortMentions(ctx: TextContext, known: KnownOfficial[]): ShortMention[] {
  const t = ctx.tokens;
  const taken = new Uint8Array(t.count);
  for (const k of known) for (const [a, b] of k.taken) taken.fill(1, a, b);
  const byName = new Map<number, KnownOfficial[]>();
  const lengths = new Set<number>();
  const byGiven = new Map<string, KnownOfficial | null>();
  // Hashes of every first and given name: most capitalised words are neither, and are skipped without a string.
  const wanted = new Uint8Array(4096);
  for (const k of known) {
    const hashes = k.hashes ?? k.nameKeys.map(hashKey);
    const h = runHash(hashes, 0, hashes.length);
    const list = byName.get(h);
    if (list) list.push(k);
    else byName.set(h, [k]);
    lengths.add(hashes.length);
    wanted[hashes[0]! & 4095] = 1;
    wanted[hashes[hashes.length - 1]! & 4095] = 1;
    const given = k.nameKeys[k.nameKeys.length - 1]!;
    const prev = byGiven.get(given);
    byGiven.set(given, prev === undefined || prev === k ? k : null); // two officials share it: ambiguous
  }
  const out: ShortMention[] = [];
  for (let j = 0; j < t.count; j++) {
    if (taken[j] || t.kind[j] !== WORD || !(t.flags[j]! & CAP) || !wanted[t.hash[j]! & 4095]) continue;
    const full = fullNameAt(ctx, j, byName, lengths, taken);
    if (full) {
      out.push({ id: full.id, from: j, to: j + full.nameKeys.length });
      taken.fill(1, j, j + full.nameKeys.length);
      j += full.nameKeys.length - 1;
      continue;
    }
    const key = tokenKey(ctx, j);
    const k = byGiven.get(key);
    if (!k || !cueEndsAt(ctx, j)) continue;
    const next = j + 1;
    if (next < t.count && t.kind[next] === WORD && t.flags[next]! & CAP) continue; // a longer name
    const org = ORG_PHRASES.match(ctx, j);
    if (org && org.len > 1) continue;
    if (next < t.count && t.kind[next] === WORD && ['phủ', 'trị', 'quyền', 'sách', 'thức'].includes(tokenKey(ctx, next))) continue;
    out.push({ id: k.id, from: j, to: j + 1 });
  }
  return out;
}

// A known full name written again at token j, not followed by another capitalised word (a longer name).
function fullNameAt(ctx: TextContext, j: number, byName: Map<number, KnownOfficial[]>, lengths: Set<number>, taken: Uint8Array): KnownOfficial | null {
  const t = ctx.tokens;
  for (const n of lengths) {
    if (j + n > t.count) continue;
    const list = byName.get(runHash(t.hash, j, n));
    if (!list) continue;
    for (const k of list) {
      let ok = true;
      for (let m = 0; m < n && ok; m++) ok = !taken[j + m] && t.kind[j + m] === WORD && tokenKey(ctx, j + m) === k.nameKeys[m];
      if (ok && !(j + n < t.count && t.flags[j + n]! & CAP && t.kind[j + n] === WORD)) return k;
    }
  }
  return null;
}
