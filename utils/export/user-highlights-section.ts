import type { UserHighlightLike } from './clipping-like';
import { escapeMarkdownInline, isBlankInline } from './escape-markdown-inline';
import { exportHeading, exportLabel, type ExportLang } from './export-lang';

const LINES = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

/** Text as blockquote lines that render literally; blank lines stay inside the quote. */
function quoteLines(text: string): string {
  const lines = text.split(LINES).map(escapeMarkdownInline);
  while (lines[0] === '') lines.shift();
  while (lines.at(-1) === '') lines.pop();
  return lines.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n');
}

/** One highlight: the passage as a quote, then the reader's note under a bold label. */
function highlightBlock(h: UserHighlightLike, lang: ExportLang): string | null {
  const quote = isBlankInline(h.exact) ? null : quoteLines(h.exact);
  // One escaped line per note line: the lines stay one paragraph, none can start a block.
  const noteLines = (h.note ?? '').split(LINES).map(escapeMarkdownInline).filter((l) => l !== '');
  const note = noteLines.length === 0 ? null : `**${exportLabel('Ghi chú', 'note', lang)}:** ${noteLines.join('\n')}`;
  const parts = [quote, note].filter((p): p is string => p !== null);
  return parts.length === 0 ? null : parts.join('\n\n');
}

/**
 * The "Đoạn đánh dấu / Highlights" section: each highlighted passage as a blockquote with
 * the reader's note below it; null when there is nothing to show.
 */
export function userHighlightsSection(highlights: readonly UserHighlightLike[], lang: ExportLang): string | null {
  const blocks = highlights.map((h) => highlightBlock(h, lang)).filter((b): b is string => b !== null);
  if (blocks.length === 0) return null;
  return [`## ${exportHeading('Đoạn đánh dấu', 'Highlights', lang)}`, ...blocks].join('\n\n');
}
