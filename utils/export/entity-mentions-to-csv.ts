import type { DocumentRef, Mention, Official } from '../entities/types';
import type { ClippingLike } from './clipping-like';
import { CSV_BOM, csvRecord } from './csv-table';
import { documentDisplayId } from './document-display-id';
import { mapInSlices, type SliceOptions } from './map-in-slices';

/** Columns of `entities.csv`: which clipping, which entity, and where in the article text. */
export const ENTITY_MENTIONS_CSV_HEADER = [
  'clipping_id', 'clipping_title', 'clipping_url', 'kind', 'key', 'name', 'surface', 'titles', 'ranks',
  'type', 'number', 'symbol', 'year', 'date', 'issuer', 'term', 'start', 'end',
] as const;

type Row = string[];

/**
 * The CSV lines (each ending CRLF) for one entity: `who` (clipping, kind, key, name), the
 * mention's text, `details` (titles … term), the offsets. The repeated parts are quoted once
 * per entity, not once per mention. An entity stored without mentions still gets one line,
 * with empty offsets, so it is not lost.
 */
function mentionLines(who: Row, details: Row, fallbackSurface: string, mentions: readonly Mention[]): string {
  const head = csvRecord(who);
  const middle = csvRecord(details);
  if (mentions.length === 0) return `${head},${csvRecord([fallbackSurface])},${middle},,\r\n`;
  let out = '';
  for (const m of mentions) out += `${head},${csvRecord([m.surface])},${middle},${m.start},${m.end}\r\n`;
  return out;
}

function officialLines(clipping: Row, o: Official): string {
  const details = [o.titles.join('; '), o.ranks.join('; '), '', '', '', '', '', '', ''];
  return mentionLines([...clipping, 'official', o.key, o.name], details, o.name, o.mentions);
}

function documentLines(clipping: Row, d: DocumentRef): string {
  const year = d.year === null ? '' : String(d.year);
  const details = ['', '', d.type ?? '', d.number ?? '', d.symbol ?? '', year, d.date ?? '', d.issuer ?? '', d.term ?? ''];
  return mentionLines([...clipping, 'document', d.key, documentDisplayId(d)], details, d.surface, d.mentions);
}

/** The lines of `entities.csv` for one clipping (CRLF after each), officials first, each in mention order. */
export function entityMentionLines(c: ClippingLike): string {
  const clipping = [c.id === undefined ? '' : String(c.id), c.title, c.canonicalUrl || c.url];
  return c.officials.map((o) => officialLines(clipping, o)).join('') + c.documents.map((d) => documentLines(clipping, d)).join('');
}

/** The header line of `entities.csv`, after the byte order mark. */
export const ENTITY_MENTIONS_CSV_HEAD = `${CSV_BOM}${csvRecord(ENTITY_MENTIONS_CSV_HEADER)}\r\n`;

/**
 * Every entity mention of every clipping as CSV (`entities.csv`): one row per mention with
 * the clipping's id, title and URL, the entity's kind, key, name (a document's number and
 * symbol), the mention's text and UTF-16 offsets; UTF-8 BOM, RFC 4180, formulas neutralised.
 */
export function entityMentionsToCsv(clippings: readonly ClippingLike[]): string {
  return ENTITY_MENTIONS_CSV_HEAD + clippings.map(entityMentionLines).join('');
}

/** The same file as {@link entityMentionsToCsv}, built in time slices and returned in parts for `new Blob(parts)`. */
export async function entityMentionsToCsvParts(clippings: readonly ClippingLike[], options: SliceOptions = {}): Promise<string[]> {
  return [ENTITY_MENTIONS_CSV_HEAD, ...(await mapInSlices(clippings, (c) => entityMentionLines(c), options))];
}
