import type { Clipping } from '../db/clipping';
import type { UserHighlight } from '../db/user-highlight';
import type { DocumentRef, Mention, Official } from '../entities/types';
import { isoTime } from './clipping-like';
import { mapInSlices, type SliceOptions } from './map-in-slices';

/** Identifies a Trích Báo backup file. */
export const BACKUP_FORMAT = 'trich-bao-backup';
/** Version of the backup layout; bump it when the layout changes (2: the reader's highlights added). */
export const BACKUP_VERSION = 2;

// Objects are rebuilt key by key so the file's key order never depends on how a row was
// created (IndexedDB, an older version, the CLI): two backups of the same data diff cleanly.
const mention = (m: Mention) => ({ start: m.start, end: m.end, surface: m.surface });

const official = (o: Official) => ({
  kind: o.kind, key: o.key, name: o.name, titles: [...o.titles], ranks: [...o.ranks], mentions: o.mentions.map(mention),
});

const documentRef = (d: DocumentRef) => ({
  kind: d.kind, key: d.key, surface: d.surface, type: d.type, number: d.number, symbol: d.symbol, year: d.year,
  date: d.date, issuer: d.issuer, term: d.term, mentions: d.mentions.map(mention),
});

const clipping = (c: Clipping) => ({
  id: c.id ?? null,
  url: c.url,
  canonicalUrl: c.canonicalUrl,
  title: c.title,
  author: c.author,
  published: c.published,
  site: c.site,
  lang: c.lang,
  note: c.note,
  tags: [...c.tags],
  clippedAt: c.clippedAt,
  updatedAt: c.updatedAt,
  entityKeys: [...c.entityKeys],
  officials: c.officials.map(official),
  documents: c.documents.map(documentRef),
  markdown: c.markdown,
  text: c.text,
});

const highlight = (h: UserHighlight) => {
  const [position, quote] = h.target.selectors;
  return {
    id: h.id ?? null,
    pageKey: h.pageKey,
    url: h.url,
    scope: h.scope,
    target: {
      selectors: [
        { type: position.type, start: position.start, end: position.end },
        { type: quote.type, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      ],
    },
    note: h.note,
    createdAt: h.createdAt,
    orphan: h.orphan,
    checkedAt: h.checkedAt,
  };
};

/** Stored rows by id, then unsaved ones in the order given: the file never depends on how the caller listed them. */
function byId(a: { id?: number }, b: { id?: number }): number {
  return (a.id ?? Infinity) - (b.id ?? Infinity) || 0;
}

/**
 * A JSON backup, `{ format, version, exportedAt, clippings, userHighlights }`, each list by
 * id, with a stable key order and 2-space indentation; `exportedAt` is ms since the epoch or
 * an ISO string. Derived index fields of stored rows are left out (import recomputes them).
 * Highlights are keyed by page, not clipping: pass those of the pages exported (or all).
 */
export function clippingsToJson(clippings: readonly Clipping[], exportedAt: number | string, userHighlights: readonly UserHighlight[] = []): string {
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: isoTime(exportedAt),
    clippings: [...clippings].sort(byId).map(clipping),
    userHighlights: [...userHighlights].sort(byId).map(highlight),
  };
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/**
 * One element of a top-level list exactly as `JSON.stringify(backup, null, 2)` writes it:
 * four spaces deeper. JSON strings never hold a raw line break, so every `\n` is structure.
 */
const listItem = (value: unknown, i: number) => `${i === 0 ? '\n' : ',\n'}    ${JSON.stringify(value, null, 2).replaceAll('\n', '\n    ')}`;

/**
 * The same bytes as {@link clippingsToJson}, built in time slices (progress, cancel) and
 * returned in parts for `new Blob(parts)`, so a backup of thousands of clippings never
 * freezes the page. Progress counts clippings and highlights together.
 */
export async function clippingsToJsonParts(clippings: readonly Clipping[], exportedAt: number | string, userHighlights: readonly UserHighlight[] = [], options: SliceOptions = {}): Promise<string[]> {
  const { onProgress, ...slicing } = options;
  const total = clippings.length + userHighlights.length;
  const head = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: isoTime(exportedAt) }, null, 2).slice(0, -2);
  const rows = await mapInSlices([...clippings].sort(byId), (c, i) => listItem(clipping(c), i), {
    ...slicing, onProgress: onProgress && ((done) => onProgress(done, total)),
  });
  const marks = await mapInSlices([...userHighlights].sort(byId), (h, i) => listItem(highlight(h), i), {
    ...slicing, onProgress: onProgress && ((done) => onProgress(clippings.length + done, total)),
  });
  const list = (items: string[]) => (items.length === 0 ? ['[]'] : ['[', ...items, '\n  ]']);
  return [`${head},\n  "clippings": `, ...list(rows), ',\n  "userHighlights": ', ...list(marks), '\n}\n'];
}
