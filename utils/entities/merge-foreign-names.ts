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
      long.official.mentions.push(...short.official.mentions);
      for (const title of short.official.titles) if (!long.official.titles.includes(title)) long.official.titles.push(title);
      merged.add(short.official);
    }
  }
  return entries.map((e) => e.official).filter((o) => !merged.has(o));
}
