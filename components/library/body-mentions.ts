import type { Recognition } from '@/utils/entities/types';

/** One mention to paint in the library's article view, with what its hover card shows. */
export interface BodyMention {
  kind: 'official' | 'document';
  key: string;
  name: string;
  /** The official's titles or the document's date and issuer; may be empty. */
  detail: string;
  start: number;
  end: number;
}

/** Where the painted offsets came from: the clipping as stored, or the recognizer run again on the shown text. */
export type MentionSource = 'stored' | 'recognized' | 'none';

/** True when every stored mention still spells its surface at its offsets in `text`. */
function offsetsFit(text: string, r: Recognition): boolean {
  const mentions = [...r.officials, ...r.documents].flatMap((e) => e.mentions);
  return mentions.length > 0 && mentions.every((m) => text.slice(m.start, m.end) === m.surface);
}

/** Flattens a recognition to mentions in text order, with the stored entity's name and detail when the key matches. */
function flatten(r: Recognition, stored: Recognition): BodyMention[] {
  const officialByKey = new Map(stored.officials.map((o) => [o.key, o]));
  const documentByKey = new Map(stored.documents.map((d) => [d.key, d]));
  const out: BodyMention[] = [];
  for (const o of r.officials) {
    const known = officialByKey.get(o.key) ?? o;
    for (const m of o.mentions) out.push({ kind: 'official', key: o.key, name: known.name, detail: known.titles.join(', '), start: m.start, end: m.end });
  }
  for (const d of r.documents) {
    const known = documentByKey.get(d.key) ?? d;
    const detail = [known.date, known.issuer].filter(Boolean).join(' · ');
    for (const m of d.mentions) out.push({ kind: 'document', key: d.key, name: known.surface, detail, start: m.start, end: m.end });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * The entity mentions to paint on the article as the library shows it. Stored offsets are
 * offsets into the text the recognizer read on the page; the library renders the Markdown,
 * whose text usually differs, so when they do not spell their surfaces in `shownText` the
 * recognizer runs again on the shown text (`recognize` is handed in: this module stays pure).
 */
export function bodyMentions(
  shownText: string,
  stored: Recognition,
  recognize: (text: string) => Recognition,
): { source: MentionSource; mentions: BodyMention[] } {
  if (offsetsFit(shownText, stored)) return { source: 'stored', mentions: flatten(stored, stored) };
  if (stored.officials.length === 0 && stored.documents.length === 0) return { source: 'none', mentions: [] };
  const all = flatten(recognize(shownText), stored);
  // The clipping's own entities, as its side list shows them; everything found if none of them is (the recognizer changed).
  const keys = new Set([...stored.officials, ...stored.documents].map((e) => e.key));
  const own = all.filter((m) => keys.has(m.key));
  return { source: 'recognized', mentions: own.length > 0 ? own : all };
}
