import { capitalisedWords, carry, type Carried } from './carry-known';
import { findDocuments } from './find-documents';
import { findOfficials, type OfficialHit } from './find-officials';
import { linkShortMentions, type KnownOfficial } from './link-short-mentions';
import { foldName, foldTitle, officialKey } from './make-key';
import { placeNames } from './named-as-place';
import { normalizeText } from './normalize-text';
import { PLACES } from './places';
import { shortMentionTitles } from './short-mention-titles';
import { mergeShortForeignNames } from './merge-foreign-names';
import { mergeGluedNames } from './merge-glued-names';
import { mergeEllipticalNames, mergeShortForms } from './merge-short-forms';
import { createTextContext, origOffset, origText, tokenKey, type TextContext } from './text-context';
import type { DocumentRef, Mention, Official, Recognition } from './types';

function mention(ctx: TextContext, from: number, to: number): Mention {
  const start = origOffset(ctx, from);
  const end = origOffset(ctx, to);
  return { start, end, surface: ctx.original.slice(start, end) };
}

// Most officials' mentions are found in text order: sorting them (a copy per array) is then wasted.
function ascending(mentions: Mention[]): boolean {
  for (let k = 1; k < mentions.length; k++) if (mentions[k - 1]!.start > mentions[k]!.start) return false;
  return true;
}

// Titles repeat across mentions: fold each distinct string once per text. Who already has a title is kept per
// folded title (a few per text), not per official: two Sets for each of thousands of officials cost more.
function pushUnique(list: string[], holders: Map<string, Set<number>>, id: number, value: string): void {
  const k = foldTitle(value);
  let ids = holders.get(k);
  if (!ids) holders.set(k, (ids = new Set()));
  if (ids.has(id)) return;
  ids.add(id);
  list.push(value);
}

function collectOfficials(ctx: TextContext, carried: Carried[]): Official[] {
  const t = ctx.tokens;
  const byKey = new Map<string, { official: Official; known: KnownOfficial; isPlace: boolean }>();
  const titleHolders = new Map<string, Set<number>>();
  const rankHolders = new Map<string, Set<number>>();
  const seenSpans = new Uint8Array(t.count); // name starts already mentioned
  const hits = findOfficials(ctx);
  const ifKnown = hits.filter((h) => h.ifKnown);
  const listed = hits.filter((h) => h.group !== undefined);
  const add = (hit: OfficialHit) => {
    const [a, b] = hit.name;
    const name = origText(ctx, t.start[a]!, t.end[b - 1]!);
    // Keyed by the folded name (memoised, its hash cached): officialKey() would build and hash a new string per hit.
    const folded = foldName(name);
    let entry = byKey.get(folded);
    if (!entry) {
      const key = officialKey(name);
      const nameKeys: string[] = [];
      for (let k = a; k < b; k++) nameKeys.push(tokenKey(ctx, k));
      const official: Official = { kind: 'official', key, name, titles: [], ranks: [], mentions: [] };
      // "Chủ tịch Hồ Chí Minh": a name that is also a place's is never linked again (the city, the mausoleum).
      entry = { official, known: { id: byKey.size, nameKeys, taken: [] }, isPlace: PLACES.match(ctx, a)?.len === b - a };
      byKey.set(folded, entry);
    }
    const id = entry.known.id;
    for (const title of hit.titles) pushUnique(entry.official.titles, titleHolders, id, title);
    for (const rank of hit.ranks) pushUnique(entry.official.ranks, rankHolders, id, rank);
    if (!seenSpans[a]) {
      seenSpans[a] = 1;
      entry.known.taken.push([a, b]);
      entry.official.mentions.push(mention(ctx, t.start[a]!, t.end[b - 1]!));
    }
  };
  for (const hit of hits) if (!hit.ifKnown && hit.group === undefined) add(hit);
  // "kỷ luật … các ông bà: A, B, C": a list of people with no post of their own, where the text names one of them
  // with a public post, is a list of officials.
  const groups = new Map<number, OfficialHit[]>();
  for (const hit of listed) groups.set(hit.group!, [...(groups.get(hit.group!) ?? []), hit]);
  for (const members of groups.values()) {
    const knownOne = members.some((h) => byKey.has(foldName(origText(ctx, t.start[h.name[0]]!, t.end[h.name[1] - 1]!))));
    if (knownOne) members.forEach(add);
  }
  // Officials named earlier in the article and not again here: only their later mentions are sought in this text,
  // and only for those whose given name it holds (a long page knows thousands; a slice mentions a few).
  const words = carried.length ? capitalisedWords(ctx) : null;
  for (const c of carried) {
    if (!words!.has(c.name.hashes[c.name.hashes.length - 1]!)) continue;
    const folded = foldName(c.official.name);
    if (byKey.has(folded)) continue;
    const official: Official = { kind: 'official', key: c.official.key, name: c.official.name, titles: [], ranks: [], mentions: [] };
    byKey.set(folded, { official, known: { id: byKey.size, nameKeys: c.name.nameKeys, hashes: c.name.hashes, taken: [] }, isPlace: c.name.isPlace });
  }
  // A bare "Chủ tịch" before a full name counts only for someone named with a public post elsewhere in the text.
  for (const hit of ifKnown) {
    const [a, b] = hit.name;
    const entry = byKey.get(foldName(origText(ctx, t.start[a]!, t.end[b - 1]!)));
    if (!entry) continue;
    for (const title of hit.titles) pushUnique(entry.official.titles, titleHolders, entry.known.id, title);
    if (!seenSpans[a]) {
      seenSpans[a] = 1;
      entry.known.taken.push([a, b]);
      entry.official.mentions.push(mention(ctx, t.start[a]!, t.end[b - 1]!));
    }
  }
  const entries = [...byKey.values()];
  const linkable = entries.filter((e) => !e.isPlace).map((e) => e.known);
  const shorts = linkShortMentions(ctx, linkable);
  shorts.forEach((m, n) => {
    const entry = entries[m.id]!;
    entry.official.mentions.push(mention(ctx, t.start[m.from]!, t.end[m.to - 1]!));
    // "… ông Việt là Tư lệnh Bộ đội Biên phòng": a post given to the later short mention.
    for (const title of shortMentionTitles(ctx, m.to, shorts[n + 1])) pushUnique(entry.official.titles, titleHolders, entry.known.id, title);
  });
  const places = entries.length ? placeNames(ctx.text) : new Set<string>();
  const officials = mergeShortForeignNames(mergeGluedNames(entries)).filter((o) => o.mentions.length > 0 && !(places.size > 0 && places.has(normalizeText(o.name).text)));
  for (const o of officials) if (!ascending(o.mentions)) o.mentions.sort((x, y) => x.start - y.start);
  return officials.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);
}

/**
 * "Nghị quyết số 25-NQ/TW ngày 03/6/2013 … Nghị quyết 25-NQ/TW ngày 25/7/2008": a Party symbol has no year and each
 * term numbers its resolutions anew, so two signing dates years apart name two documents. The key of the document a
 * hit cites: the one of its year, else (no date) the one cited last under that symbol; a new year gets "@year".
 */
function keyByYear(hit: { key: string; date: string | null; year: number | null }, sameSymbol: Map<string, string[]>, byKey: Map<string, DocumentRef>): string {
  const keys = sameSymbol.get(hit.key);
  if (!keys) {
    sameSymbol.set(hit.key, [hit.key]);
    return hit.key;
  }
  const year = hit.date?.slice(0, 4);
  if (!year || hit.year !== null) return keys[keys.length - 1]!;
  const dated = keys.find((k) => byKey.get(k)?.date?.slice(0, 4) === year) ?? keys.find((k) => !byKey.get(k)?.date);
  const key = dated ?? `${hit.key}@${year}`;
  const at = keys.indexOf(key);
  if (at >= 0) keys.splice(at, 1);
  keys.push(key);
  return key;
}

function collectDocuments(ctx: TextContext): DocumentRef[] {
  const byKey = new Map<string, DocumentRef>();
  const elliptical = new Set<DocumentRef>(); // cited only in a form that names no one document
  const sameSymbol = new Map<string, string[]>(); // a key's documents told apart by their years, latest cited last
  for (const hit of findDocuments(ctx)) {
    const m = mention(ctx, hit.start, hit.end);
    const key = keyByYear(hit, sameSymbol, byKey);
    const doc = byKey.get(key);
    if (doc) {
      if (!hit.elliptical) elliptical.delete(doc);
      doc.mentions.push(m);
      doc.date ??= hit.date;
      doc.issuer ??= hit.issuer;
      doc.term ??= hit.term;
      continue;
    }
    const ref: DocumentRef = {
      kind: 'document', key, surface: m.surface, type: hit.type, number: hit.number, symbol: hit.symbol,
      year: hit.year, date: hit.date, issuer: hit.issuer, term: hit.term, mentions: [m],
    };
    byKey.set(key, ref);
    if (hit.elliptical) elliptical.add(ref);
  }
  return mergeEllipticalNames(mergeShortForms([...byKey.values()]), elliptical);
}

/**
 * Finds officials (name, titles, ranks) and documents (type, number, symbol, date, issuer, term) in Vietnamese text.
 * `known`: officials found in earlier text of the same article (a previous slice or paragraph); their later mentions
 * here ("ông Thanh", the full name again) are found too and reported under their keys, with only what this text says.
 */
export function recognize(text: string, known: readonly Official[] = []): Recognition {
  const carried = known.length ? carry(known) : [];
  const ctx = createTextContext(text);
  return { officials: collectOfficials(ctx, carried), documents: collectDocuments(ctx) };
}
