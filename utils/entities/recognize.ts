import { hashKey } from './char-class';
import { findDocuments } from './find-documents';
import { findOfficials, type OfficialHit } from './find-officials';
import { linkShortMentions, type KnownOfficial } from './link-short-mentions';
import { foldName, foldTitle, officialKey } from './make-key';
import { PLACES } from './places';
import { SURNAMES } from './surnames';
import { createTextContext, origOffset, origText, tokenKey, type TextContext } from './text-context';
import { CAP, WORD } from './tokenize';
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

/** An official named in earlier text of the same article, as this text's linker needs it. */
interface CarriedName {
  nameKeys: string[];
  /** Hashes of the name's syllables (what the linker compares tokens with). */
  hashes: number[];
  isPlace: boolean;
}

// Names of officials carried over from earlier text, by name (bounded): a long page's slices and a live page's
// paragraphs restate the same officials again and again.
const carriedNames = new Map<string, CarriedName>();

interface Carried {
  official: Official;
  name: CarriedName;
}

// Read before the text's own context is made: making a context may empty the shared token table that one in use
// still relies on.
function carry(known: readonly Official[]): Carried[] {
  const out: Carried[] = [];
  for (const official of known) {
    let name = carriedNames.get(official.name);
    if (!name) {
      if (carriedNames.size >= 4096) carriedNames.clear();
      const c = createTextContext(official.name);
      const nameKeys = Array.from({ length: c.tokens.count }, (_, k) => tokenKey(c, k));
      name = { nameKeys, hashes: nameKeys.map(hashKey), isPlace: PLACES.match(c, 0)?.len === c.tokens.count };
      carriedNames.set(official.name, name);
    }
    if (name.nameKeys.length > 0) out.push({ official, name });
  }
  return out;
}

// Hashes of the text's capitalised words.
function capitalisedWords(ctx: TextContext): Set<number> {
  const t = ctx.tokens;
  const out = new Set<number>();
  for (let k = 0; k < t.count; k++) if (t.kind[k] === WORD && t.flags[k]! & CAP) out.add(t.hash[k]!);
  return out;
}

// "Tổng thống Michelle Bachelet Jeria … Tổng thống Michelle Bachelet": a foreign name written again without its last
// part is the same person (a Vietnamese name never opens with its given names, so only names that open with no
// Vietnamese surname are merged).
function mergeShortForeignNames(entries: Array<{ official: Official; known: KnownOfficial }>): Official[] {
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
  for (const m of linkShortMentions(ctx, linkable)) {
    entries[m.id]!.official.mentions.push(mention(ctx, t.start[m.from]!, t.end[m.to - 1]!));
  }
  const officials = mergeShortForeignNames(entries).filter((o) => o.mentions.length > 0);
  for (const o of officials) if (!ascending(o.mentions)) o.mentions.sort((x, y) => x.start - y.start);
  return officials.sort((x, y) => x.mentions[0]!.start - y.mentions[0]!.start);
}

function collectDocuments(ctx: TextContext): DocumentRef[] {
  const byKey = new Map<string, DocumentRef>();
  for (const hit of findDocuments(ctx)) {
    const m = mention(ctx, hit.start, hit.end);
    const doc = byKey.get(hit.key);
    if (doc) {
      doc.mentions.push(m);
      doc.date ??= hit.date;
      doc.issuer ??= hit.issuer;
      doc.term ??= hit.term;
      continue;
    }
    byKey.set(hit.key, {
      kind: 'document', key: hit.key, surface: m.surface, type: hit.type, number: hit.number, symbol: hit.symbol,
      year: hit.year, date: hit.date, issuer: hit.issuer, term: hit.term, mentions: [m],
    });
  }
  return mergeShortForms([...byKey.values()]);
}

// "Thông tư 15/2023/TT-NHNN … thực hiện Thông tư 15": a short form (type + number, no symbol, no issuer of its own)
// cites the one document of that type and number the text gives in full; its mentions join that document's.
function mergeShortForms(docs: DocumentRef[]): DocumentRef[] {
  const full = new Map<string, DocumentRef | null>();
  const typeNumber = (d: DocumentRef) => `${d.type}|${d.number!.replace(/^0+(?=\d)/, '')}`;
  for (const d of docs) {
    if (d.symbol === null || d.type === null || d.number === null) continue;
    const k = typeNumber(d);
    full.set(k, full.has(k) ? null : d); // two documents share it: ambiguous
  }
  if (full.size === 0) return docs;
  return docs.filter((d) => {
    if (d.symbol !== null || d.type === null || d.number === null || d.issuer !== null) return true;
    const target = full.get(typeNumber(d));
    if (!target) return true;
    target.mentions.push(...d.mentions);
    target.mentions.sort((x, y) => x.start - y.start);
    return false;
  });
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
