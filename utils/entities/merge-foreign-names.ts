import type { KnownOfficial } from './link-short-mentions';
import { SURNAMES } from './surnames';
import type { Official } from './types';

/**
 * "Tổng thống Michelle Bachelet Jeria … Tổng thống Michelle Bachelet": a foreign name written again without its last
 * part is the same person (a Vietnamese name never opens with its given names, so only names that open with no
 * Vietnamese surname are merged). Returns the officials left, the longer names holding the shorter ones' mentions.
 */
export function mergeShortForeignNames(entries: Array<{ official: Official; known: KnownOfficial }>): Official[] {
  const byOpening = new Map<string, Array<{ official: Official; known: KnownOfficial }>>();
  for (const e of entries) {
    const keys = e.known.nameKeys;
    if (keys.length < 2 || SURNAMES.has(keys[0]!)) continue;
    const opening = keys[0] + ' ' + keys[1];
    byOpening.set(opening, [...(byOpening.get(opening) ?? []), e]);
  }
  const merged = new Set<Official>();
  for (const group of byOpening.values()) {
    if (group.length < 2) continue;
    for (const short of group) {
      const long = group.find((e) => e !== short && e.known.nameKeys.length > short.known.nameKeys.length &&
        short.known.nameKeys.every((k, n) => e.known.nameKeys[n] === k));
      if (!long) continue;
      absorb(long.official, short.official);
      merged.add(short.official);
    }
  }
  // "Tổng thống Vladimir Putin … Tổng thống Putin", "Thủ tướng Kishida Fumio … Thủ tướng Kishida": a leader named
  // by one word of a longer name found in the same text (its last word, or its first in the East Asian order).
  const byEndWord = new Map<string, Official[]>();
  for (const e of entries) {
    const keys = e.known.nameKeys;
    if (keys.length < 2 || merged.has(e.official)) continue;
    for (const word of new Set([keys[0]!, keys[keys.length - 1]!])) byEndWord.set(word, [...(byEndWord.get(word) ?? []).slice(0, 1), e.official]);
  }
  for (const short of entries) {
    const longs = short.known.nameKeys.length === 1 ? byEndWord.get(short.known.nameKeys[0]!) : undefined;
    if (longs?.length !== 1) continue; // none, or two people it could be
    absorb(longs[0]!, short.official);
    merged.add(short.official);
  }
  // "Kishida Fumio … Fumio Kishida": a Japanese name written in both orders in one text (Latin letters only).
  const byPair = new Map<string, Official>();
  for (const e of entries) {
    const keys = e.known.nameKeys;
    if (keys.length !== 2 || merged.has(e.official) || !keys.every((k) => /^[a-z]+$/.test(k))) continue;
    const other = byPair.get(`${keys[1]} ${keys[0]}`);
    if (other) { absorb(other, e.official); merged.add(e.official); } else byPair.set(keys.join(' '), e.official);
  }
  return entries.map((e) => e.official).filter((o) => !merged.has(o));
}

function absorb(long: Official, short: Official): void {
  long.mentions.push(...short.mentions);
  for (const title of short.titles) if (!long.titles.includes(title)) long.titles.push(title);
}
