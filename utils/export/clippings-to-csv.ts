import { type ClippingLike, isoTime } from './clipping-like';
import { documentDisplayId } from './document-display-id';

const BOM = '\uFEFF';
const HEADER = ['id', 'clipped', 'title', 'url', 'canonical', 'site', 'author', 'published', 'tags', 'officials', 'documents', 'note'];

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab/CR before them) as a formula,
 * which can exfiltrate data (CSV injection): a leading apostrophe makes it text.
 */
function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes. */
function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function row(cells: readonly string[]): string {
  return cells.map((cell) => quote(neutralise(cell))).join(',');
}

/**
 * Clippings as CSV for spreadsheets: UTF-8 BOM (so Excel reads Vietnamese), one row per
 * clipping, CRLF line ends, RFC 4180 quoting, formula-like cells neutralised; lists are
 * joined with "; ".
 */
export function clippingsToCsv(clippings: readonly ClippingLike[]): string {
  const rows = clippings.map((c) =>
    row([
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
    ]),
  );
  return `${BOM}${[row(HEADER), ...rows].join('\r\n')}\r\n`;
}
