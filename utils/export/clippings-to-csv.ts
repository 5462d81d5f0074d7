import { type ClippingLike, isoTime } from './clipping-like';
import { csvTable } from './csv-table';
import { documentDisplayId } from './document-display-id';

/** Columns of the one-row-per-clipping CSV. */
export const CLIPPINGS_CSV_HEADER = ['id', 'clipped', 'title', 'url', 'canonical', 'site', 'author', 'published', 'tags', 'officials', 'documents', 'note'] as const;

/**
 * Clippings as CSV for spreadsheets: UTF-8 BOM (so Excel reads Vietnamese), one row per
 * clipping, CRLF line ends, RFC 4180 quoting, formula-like cells neutralised; lists are
 * joined with "; ".
 */
export function clippingsToCsv(clippings: readonly ClippingLike[]): string {
  const rows = clippings.map((c) => [
    c.id === undefined ? '' : String(c.id),
    isoTime(c.clippedAt),
    c.title,
    c.url,
    c.canonicalUrl,
    c.site,
    c.author ?? '',
    c.published ?? '',
    (c.tags ?? []).join('; '),
    c.officials.map((o) => o.name).join('; '),
    c.documents.map(documentDisplayId).join('; '),
    c.note ?? '',
  ]);
  return csvTable(CLIPPINGS_CSV_HEADER, rows);
}
