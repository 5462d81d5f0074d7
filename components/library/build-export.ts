import type { Clipping } from '@/utils/db/clipping';
import type { UserHighlight } from '@/utils/db/user-highlight';
import type { UserHighlightLike } from '@/utils/export/clipping-like';
import { clippingsToCsv } from '@/utils/export/clippings-to-csv';
import { clippingsToJsonParts } from '@/utils/export/clippings-to-json';
import { clippingsToMarkdownParts } from '@/utils/export/clippings-to-markdown';
import { clippingsToZip } from '@/utils/export/clippings-to-zip';
import { entityMentionsToCsvParts } from '@/utils/export/entity-mentions-to-csv';
import type { ExportLang } from '@/utils/export/export-lang';
import type { TimeSlicerOptions } from '@/utils/export/time-slicer';

/** The files the library can export. */
export type ExportKind = 'markdown' | 'zip' | 'json' | 'csv' | 'entities-csv';

/** Every export kind, in the order the panel offers them. */
export const EXPORT_KINDS: readonly ExportKind[] = ['markdown', 'zip', 'json', 'csv', 'entities-csv'];

/** Options of {@link buildExport}. */
export interface BuildExportOptions extends TimeSlicerOptions {
  /** Officials and documents as `[[wiki links]]` (Markdown and zip). */
  wikiLinks?: boolean;
  /** Language of the Markdown headings. */
  lang?: ExportLang;
  /** Time of the export (ms since the epoch): file name, JSON `exportedAt`, Markdown header. */
  now?: number;
  /** The reader's highlights a JSON backup carries (see `listBackupHighlights`). */
  userHighlights?: readonly UserHighlight[];
  /** Progress: clippings (zip: files; JSON: clippings and highlights) written so far and in all. */
  onProgress?: (done: number, total: number) => void;
}

/** A file ready for the downloads API. */
export interface ExportFile {
  /** Relative to the downloads folder, in a `trich-bao/` sub-folder. */
  filename: string;
  blob: Blob;
}

const STEM: Record<ExportKind, string> = {
  markdown: 'trich-bao',
  zip: 'trich-bao',
  json: 'trich-bao-backup',
  csv: 'trich-bao-clippings',
  'entities-csv': 'trich-bao-entities',
};

const EXTENSION: Record<ExportKind, string> = { markdown: 'md', zip: 'zip', json: 'json', csv: 'csv', 'entities-csv': 'csv' };

const pad = (n: number) => String(n).padStart(2, '0');

/** `trich-bao/trich-bao-backup-2025-03-09.json`: the reader's local date, so two exports of one day sort together. */
export function exportFileName(kind: ExportKind, now: number): string {
  const d = new Date(now);
  return `trich-bao/${STEM[kind]}-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.${EXTENSION[kind]}`;
}

/** Whether the kind writes Markdown, which shows the reader's highlights (load them first). */
export function exportShowsHighlights(kind: ExportKind): boolean {
  return kind === 'markdown' || kind === 'zip';
}

/**
 * Builds one export file from the clippings given (in the order to write them), in time
 * slices with progress so the page stays responsive, cancellable with `signal`. The small
 * one-row-per-clipping CSV is one pass.
 */
export async function buildExport(kind: ExportKind, clippings: ReadonlyArray<Clipping & { userHighlights?: readonly UserHighlightLike[] }>, options: BuildExportOptions = {}): Promise<ExportFile> {
  const { wikiLinks = false, lang = 'both', now = Date.now(), onProgress, userHighlights = [], ...slicing } = options;
  const filename = exportFileName(kind, now);
  const text = (parts: string[], mime: string) => ({ filename, blob: new Blob(parts, { type: `${mime};charset=utf-8` }) });
  const sliced = { onProgress, ...slicing };
  switch (kind) {
    case 'markdown':
      return text(await clippingsToMarkdownParts(clippings, { wikiLinks, lang, exportedAt: now, ...sliced }), 'text/markdown');
    case 'json':
      return text(await clippingsToJsonParts(clippings, now, userHighlights, sliced), 'application/json');
    case 'csv':
      return text([clippingsToCsv(clippings)], 'text/csv');
    case 'entities-csv':
      return text(await entityMentionsToCsvParts(clippings, sliced), 'text/csv');
    case 'zip': {
      const parts = await clippingsToZip(clippings, { wikiLinks, lang, exportedAt: now, onProgress, ...slicing });
      return { filename, blob: new Blob(parts, { type: 'application/zip' }) };
    }
  }
}
