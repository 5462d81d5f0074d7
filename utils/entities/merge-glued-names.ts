import type { KnownOfficial } from './link-short-mentions';
import type { Official } from './types';

type Entry = { official: Official; known: KnownOfficial };

const VOWEL_RUN = /[aăâeêioôơuưy]+/gu;
const LETTERS = /^\p{Ll}+$/u;

// The letters a glued word adds must make a syllable of their own ("nhiệt", "cùng"), so that the token holds two
// vowel runs: "Anh" is not "An" + "h", "Hoàng" not "Hoà" + "ng".
function gluedWord(rest: string, whole: string): boolean {
  if (rest.length < 2 || !LETTERS.test(rest)) return false;
  const base = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gu, 'd');
  return (base(rest).match(VOWEL_RUN)?.length ?? 0) === 1 && (base(whole).match(VOWEL_RUN)?.length ?? 0) >= 2;
}

/**
 * "Bộ trưởng Tô Lâm … Bộ trưởng Tô Lâmnhiệt liệt chúc mừng": text that lost a space (a PDF's extraction, careless
 * pasting) glues the next word to a name. A name whose last word is a name found in the same text followed by a word
 * glued to it is that person: its mentions join theirs, cut where the name ends. Returns the entries left.
 */
export function mergeGluedNames<E extends Entry>(entries: E[]): E[] {
  const byName = new Map<string, E>();
  for (const e of entries) byName.set(e.known.nameKeys.join(' '), e);
  const merged = new Set<E>();
  for (const e of entries) {
    const keys = e.known.nameKeys;
    if (keys.length < 2) continue;
    const last = keys[keys.length - 1]!;
    const opening = keys.slice(0, -1).join(' ');
    for (let cut = last.length - 2; cut >= 1; cut--) {
      const target = byName.get(`${opening} ${last.slice(0, cut)}`);
      if (!target || target === e || !gluedWord(last.slice(cut), last)) continue;
      absorb(target.official, e.official, last.length - cut);
      merged.add(e);
      break;
    }
  }
  return merged.size ? entries.filter((e) => !merged.has(e)) : entries;
}

function absorb(target: Official, glued: Official, restLength: number): void {
  for (const m of glued.mentions) {
    const end = m.end - restLength;
    // Cut only where the surface is written as its key is (composed): else keep the whole token.
    target.mentions.push(m.surface.normalize('NFC') === m.surface ? { start: m.start, end, surface: m.surface.slice(0, m.surface.length - restLength) } : m);
  }
  for (const title of glued.titles) if (!target.titles.includes(title)) target.titles.push(title);
  for (const rank of glued.ranks) if (!target.ranks.includes(rank)) target.ranks.push(rank);
}
