/** Byte order mark: without it Excel reads UTF-8 as the local code page and garbles Vietnamese. */
export const CSV_BOM = '\uFEFF';

/**
 * Spreadsheets run a cell that starts with = + - @ (or tab/CR before them) as a formula,
 * which can exfiltrate data (CSV injection): a leading apostrophe makes it text.
 */
export function neutraliseCell(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF, doubling inner quotes. */
function quote(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** One CSV record without its line end: cells neutralised and quoted. */
export function csvRecord(cells: readonly string[]): string {
  return cells.map((cell) => (cell === '' ? '' : quote(neutraliseCell(cell)))).join(',');
}

/**
 * A CSV file for spreadsheets: UTF-8 BOM, a header row, CRLF after every record,
 * RFC 4180 quoting and formula-like cells neutralised.
 */
export function csvTable(header: readonly string[], rows: Iterable<readonly string[]>): string {
  const lines = [csvRecord(header)];
  for (const cells of rows) lines.push(csvRecord(cells));
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
