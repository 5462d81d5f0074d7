import type { DocumentRef, Mention, Official } from '../entities/types';
import type { ClippingLike } from './clipping-like';
import { csvTable } from './csv-table';
import { documentDisplayId } from './document-display-id';

/** Columns of `entities.csv`: which clipping, which entity, and where in the article text. */
export const ENTITY_MENTIONS_CSV_HEADER = [
  'clipping_id', 'clipping_title', 'clipping_url', 'kind', 'key', 'name', 'surface', 'titles', 'ranks',
  'type', 'number', 'symbol', 'year', 'date', 'issuer', 'term', 'start', 'end',
] as const;

type Row = string[];

/**
 * One row per mention: `who` (clipping, kind, key, name), then the mention's text, then
 * `details` (titles … term), then the offsets. An entity stored without mentions still
 * gets one row, with empty offsets, so it is not lost.
 */
function mentionRows(who: Row, details: Row, fallbackSurface: string, mentions: readonly Mention[]): Row[] {
  if (mentions.length === 0) return [[...who, fallbackSurface, ...details, '', '']];
  return mentions.map((m) => [...who, m.surface, ...details, String(m.start), String(m.end)]);
}

function officialRows(clipping: Row, o: Official): Row[] {
  const details = [o.titles.join('; '), o.ranks.join('; '), '', '', '', '', '', '', ''];
  return mentionRows([...clipping, 'official', o.key, o.name], details, o.name, o.mentions);
}

function documentRows(clipping: Row, d: DocumentRef): Row[] {
  const year = d.year === null ? '' : String(d.year);
  const details = ['', '', d.type ?? '', d.number ?? '', d.symbol ?? '', year, d.date ?? '', d.issuer ?? '', d.term ?? ''];
  return mentionRows([...clipping, 'document', d.key, documentDisplayId(d)], details, d.surface, d.mentions);
}

/** The rows of `entities.csv` for one clipping, officials first, each in mention order. */
export function entityMentionRows(c: ClippingLike): string[][] {
  const clipping = [c.id === undefined ? '' : String(c.id), c.title, c.canonicalUrl || c.url];
  return [...c.officials.flatMap((o) => officialRows(clipping, o)), ...c.documents.flatMap((d) => documentRows(clipping, d))];
}

/**
 * Every entity mention of every clipping as CSV (`entities.csv`): one row per mention with
 * the clipping's id, title and URL, the entity's kind, key, name (a document's number and
 * symbol), the mention's text and UTF-16 offsets; UTF-8 BOM, RFC 4180, formulas neutralised.
 */
export function entityMentionsToCsv(clippings: readonly ClippingLike[]): string {
  return csvTable(ENTITY_MENTIONS_CSV_HEADER, clippings.flatMap(entityMentionRows));
}
