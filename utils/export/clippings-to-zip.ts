import { deflateSync, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import type { ClippingLike } from './clipping-like';
import { clippingToMarkdown, type MarkdownExportOptions } from './clipping-to-markdown';
import { crc32 } from './crc32';
import { ENTITY_MENTIONS_CSV_HEAD, entityMentionLines } from './entity-mentions-to-csv';
import { markdownFileName } from './markdown-file-name';
import { timeSlicer, type TimeSlicerOptions } from './time-slicer';
import { uniqueFileNames } from './unique-file-names';

/** Name of the entity-mention table inside the zip. */
export const ENTITIES_CSV_NAME = 'entities.csv';

/** Deflate level: 0 stores the files uncompressed (fastest), 9 compresses most. */
export type ZipLevel = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Above this many clippings the default is to store: deflate in JS (~25 MB/s here) would take several seconds. */
export const DEFLATE_UP_TO = 2_000;

/** Options of {@link clippingsToZip}. */
export interface ZipExportOptions extends MarkdownExportOptions, TimeSlicerOptions {
  /** Files written so far and in all (clippings + `entities.csv`); called before each pause and at the end. */
  onProgress?: (done: number, total: number) => void;
  /** Time stamp of `entities.csv` and of clippings whose clip time is a string (ms; default now). */
  exportedAt?: number;
  /** Deflate level; default 6 up to {@link DEFLATE_UP_TO} clippings, 0 (stored) above. */
  level?: ZipLevel;
}

/**
 * Adds a file whose bytes are all at hand. fflate's streaming entries allocate ~100 kB of
 * buffers each and checksum a byte at a time, which dominates with 10,000 small files; a
 * one-shot deflate and a faster CRC give the same archive several times faster.
 */
function addWholeFile(zip: Zip, filename: string, bytes: Uint8Array<ArrayBuffer>, level: ZipLevel, mtime: number): void {
  const entry: ZipInputFile = { filename, size: bytes.length, crc: crc32(bytes), compression: level === 0 ? 0 : 8, mtime };
  zip.add(entry); // sets entry.ondata
  entry.ondata!(null, level === 0 ? bytes : deflateSync(bytes, { level }), true);
}

/**
 * UTF-8 encoding into shared 4 MB blocks: one allocation per block instead of one per file
 * keeps the garbage collector out of the way; each result is a view of its block.
 */
function blockEncoder(blockSize = 1 << 22): (text: string) => Uint8Array<ArrayBuffer> {
  const encoder = new TextEncoder();
  let block = new Uint8Array(blockSize);
  let used = 0;
  return (text) => {
    const worstCase = text.length * 3; // a UTF-16 code unit never takes more than 3 UTF-8 bytes
    if (block.length - used < worstCase) {
      block = new Uint8Array(Math.max(blockSize, worstCase));
      used = 0;
    }
    const { written } = encoder.encodeInto(text, block.subarray(used));
    const bytes = block.subarray(used, used + written);
    used += written;
    return bytes;
  };
}

// ZIP stores MS-DOS times, from 1980 on (fflate refuses years after 2099).
const DOS_MIN = Date.UTC(1980, 0, 2);
const DOS_MAX = Date.UTC(2099, 11, 30);
const dosTime = (ms: number) => (Number.isFinite(ms) ? Math.min(DOS_MAX, Math.max(DOS_MIN, ms)) : DOS_MIN);

// Without ZIP64 (which fflate does not write) an archive holds at most 65,535 entries.
const MAX_FILES = 65_535;

/**
 * All clippings as a `.zip`: one Markdown file per clipping (named from its title, ASCII,
 * collisions numbered `-2`, `-3`…) plus `entities.csv` (one row per entity mention). Built
 * in time slices with progress so the page stays responsive; resolves to the archive's
 * bytes in parts, ready for `new Blob(parts, { type: 'application/zip' })`.
 */
export async function clippingsToZip(clippings: readonly ClippingLike[], options: ZipExportOptions = {}): Promise<Array<Uint8Array<ArrayBuffer>>> {
  const { onProgress, exportedAt = Date.now(), sliceMs, yieldToPage, signal, ...markdownOptions } = options;
  const level = options.level ?? (clippings.length <= DEFLATE_UP_TO ? 6 : 0);
  if (clippings.length + 1 > MAX_FILES) throw new RangeError(`A zip holds at most ${MAX_FILES - 1} clippings`);
  const slicer = timeSlicer({ sliceMs, yieldToPage, signal });
  const total = clippings.length + 1;
  const encode = blockEncoder();

  const parts: Array<Uint8Array<ArrayBuffer>> = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else parts.push(chunk);
  });

  const names = uniqueFileNames(clippings.map(markdownFileName), [ENTITIES_CSV_NAME]);
  const csvPieces: string[] = [];
  for (const [i, c] of clippings.entries()) {
    if (slicer.due()) {
      onProgress?.(i, total);
      await slicer.pause();
    }
    const mtime = dosTime(typeof c.clippedAt === 'number' ? c.clippedAt : exportedAt);
    addWholeFile(zip, names[i]!, encode(clippingToMarkdown(c, markdownOptions)), level, mtime);
    const lines = entityMentionLines(c);
    if (lines !== '') csvPieces.push(lines);
  }

  // The table goes in pieces (as one string it could be tens of megabytes), so through a
  // streaming entry: fflate's deflater, or when storing our own faster checksum.
  const csv: ZipInputFile = level === 0 ? { filename: ENTITIES_CSV_NAME, size: 0, crc: 0, compression: 0 } : new ZipDeflate(ENTITIES_CSV_NAME, { level });
  csv.mtime = dosTime(exportedAt);
  zip.add(csv);
  const push = (text: string, final = false) => {
    const bytes = encode(text);
    if (csv instanceof ZipDeflate) return csv.push(bytes, final);
    csv.crc = crc32(bytes, csv.crc);
    csv.size += bytes.length;
    csv.ondata!(null, bytes, final);
  };
  push(ENTITY_MENTIONS_CSV_HEAD);
  for (let i = 0; i < csvPieces.length; i += 100) {
    if (slicer.due()) {
      onProgress?.(clippings.length, total);
      await slicer.pause();
    }
    push(csvPieces.slice(i, i + 100).join(''));
  }
  push('', true);
  zip.end();
  if (failure) throw failure;
  onProgress?.(total, total);
  return parts;
}
