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

/** Finds repeated full names and "title/honorific + given name" mentions of already-known officials. */
export function linkShortMentions(ctx: TextContext, known: KnownOfficial[]): ShortMention[] {
  const t = ctx.tokens;
  const taken = new Uint8Array(t.count);
  for (const k of known) for (const [a, b] of k.taken) taken.fill(1, a, b);
  const byFirst = new Map<string, KnownOfficial[]>();
  const byGiven = new Map<string, KnownOfficial | null>();
  for (const k of known) {
    const list = byFirst.get(k.nameKeys[0]!);
    if (list) list.push(k);
    else byFirst.set(k.nameKeys[0]!, [k]);
    const given = k.nameKeys[k.nameKeys.length - 1]!;
    const prev = byGiven.get(given);
    byGiven.set(given, prev === undefined || prev === k ? k : null); // two officials share it: ambiguous
  }
  // Hashes of every first and given name: most capitalised words are neither, and are skipped without a string.
  const wanted = new Uint8Array(4096);
  for (const key of [...byFirst.keys(), ...byGiven.keys()]) wanted[hashKey(key) & 4095] = 1;
  const out: ShortMention[] = [];
  for (let j = 0; j < t.count; j++) {
    if (taken[j] || t.kind[j] !== WORD || !(t.flags[j]! & CAP) || !wanted[t.hash[j]! & 4095]) continue;
    const key = tokenKey(ctx, j);
    let matched = false;
    for (const k of byFirst.get(key) ?? []) {
      const n = k.nameKeys.length;
      if (j + n > t.count) continue;
      let ok = true;
      for (let m = 1; m < n && ok; m++) ok = !taken[j + m] && t.kind[j + m] === WORD && tokenKey(ctx, j + m) === k.nameKeys[m];
      if (ok && !(t.flags[j + n]! & CAP && t.kind[j + n] === WORD)) {
        out.push({ id: k.id, from: j, to: j + n });
        taken.fill(1, j, j + n);
        j += n - 1;
        matched = true;
        break;
      }
    }
    if (matched) continue;
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
