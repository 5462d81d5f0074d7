import * as v from 'valibot';
import type { Clipping } from '../db/clipping';
import type { UserHighlight } from '../db/user-highlight';
import { backupHighlightSchema, type BackupHighlight } from './backup-highlight-schema';
import { backupClippingSchema, type BackupClipping } from './backup-schema';
import { type BackupProblem, fileProblem, recordProblems } from './backup-problem';
import { BACKUP_FORMAT, BACKUP_VERSION } from './clippings-to-json';
import type { SliceOptions } from './map-in-slices';
import { timeSlicer } from './time-slicer';

export type { BackupProblem } from './backup-problem';

/** What reading a backup file found: its clippings and highlights (none in version 1 files), or every problem (nothing is imported then). */
export type BackupReadResult =
  | { ok: true; clippings: Clipping[]; userHighlights: UserHighlight[]; exportedAt: string | null; version: number }
  | { ok: false; problems: BackupProblem[] };

/** Whether JSON.parse failed because the text stops early (V8 and SpiderMonkey wording, or the error at the very end). */
function looksTruncated(text: string, message: string): boolean {
  if (/end of (JSON )?(input|data)|unterminated/i.test(message)) return true;
  const at = /position (\d+)/.exec(message);
  return at !== null && Number(at[1]) >= text.trimEnd().length;
}

function parseJson(text: string): { value: unknown } | BackupProblem {
  if (text.trim() === '') return fileProblem('$', 'Tệp trống.', 'The file is empty.');
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (looksTruncated(text, message)) {
      return fileProblem('$', 'Tệp bị cắt cụt (tải về chưa xong hoặc bị hỏng): thiếu phần cuối.', 'The file is truncated (an incomplete download or damaged): its end is missing.');
    }
    return fileProblem('$', `Tệp không phải JSON hợp lệ, có thể đã bị hỏng (${message}).`, `The file is not valid JSON and may be damaged (${message}).`);
  }
}

/** The row as the store keeps it: fields in the store's order, no id when the file had none. */
function toClipping(c: BackupClipping): Clipping {
  const { id, ...fields } = c;
  return id === null ? fields : { id, ...fields };
}

/** The highlight as the store keeps it: no id when the file had none. */
function toUserHighlight(h: BackupHighlight): UserHighlight {
  const { id, ...fields } = h;
  return id === null ? fields : { id, ...fields };
}

interface Envelope {
  version: number;
  exportedAt: string | null;
  records: unknown[];
  highlights: unknown[];
}

/** Checks the envelope: format tag, version, list of clippings, list of highlights (version 2 on; absent means none). */
function envelope(data: unknown): Envelope | BackupProblem {
  const notOurs = fileProblem('$.format', 'Đây không phải tệp sao lưu của Trích Báo.', 'This is not a Trích Báo backup file.');
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return notOurs;
  const backup = data as Record<string, unknown>;
  if (backup.format !== BACKUP_FORMAT) return notOurs;
  const { version } = backup;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fileProblem('$.version', 'Phiên bản định dạng của tệp không hợp lệ.', 'The file\'s format version is not valid.');
  }
  if (version > BACKUP_VERSION) {
    return fileProblem(
      '$.version',
      `Tệp sao lưu có định dạng phiên bản ${version}, mới hơn phiên bản ${BACKUP_VERSION} mà bản Trích Báo này đọc được. Hãy cập nhật tiện ích rồi thử lại.`,
      `This backup uses format version ${version}, newer than version ${BACKUP_VERSION} that this Trích Báo reads. Update the extension and try again.`,
    );
  }
  if (!Array.isArray(backup.clippings)) {
    return fileProblem('$.clippings', 'Tệp thiếu danh sách bài đã lưu ("clippings").', 'The file has no list of clippings ("clippings").');
  }
  // Version 1 had no highlights: whatever such a file holds under that name is not ours to read.
  const highlights = version < 2 || backup.userHighlights === undefined ? [] : backup.userHighlights;
  if (!Array.isArray(highlights)) {
    return fileProblem('$.userHighlights', 'Danh sách đoạn đánh dấu ("userHighlights") của tệp không phải là danh sách.', 'The file\'s list of highlights ("userHighlights") is not a list.');
  }
  const exportedAt = typeof backup.exportedAt === 'string' ? backup.exportedAt : null;
  return { version, exportedAt, records: backup.clippings, highlights };
}

/** Validates the envelope's records one at a time (a generator, so the sliced reader can pause between them). */
function* validate(head: Envelope, clippings: Clipping[], userHighlights: UserHighlight[], problems: BackupProblem[]): Generator<number> {
  for (const [i, record] of head.records.entries()) {
    const result = v.safeParse(backupClippingSchema, record, { abortEarly: false });
    if (result.success) clippings.push(toClipping(result.output));
    else problems.push(...recordProblems(i + 1, result.issues));
    yield i + 1;
  }
  for (const [i, record] of head.highlights.entries()) {
    const result = v.safeParse(backupHighlightSchema, record, { abortEarly: false });
    if (result.success) userHighlights.push(toUserHighlight(result.output));
    else problems.push(...recordProblems(i + 1, result.issues, 'userHighlights'));
    yield head.records.length + i + 1;
  }
}

/** Parses and checks the envelope, then hands every record to `run` (which drives {@link validate}). */
function readWith<R>(text: string, run: (head: Envelope, steps: (c: Clipping[], h: UserHighlight[], p: BackupProblem[]) => Generator<number>) => R): BackupReadResult | R {
  const parsed = parseJson(text.replace(/^\uFEFF/, ''));
  if (!('value' in parsed)) return { ok: false, problems: [parsed] };
  const head = envelope(parsed.value);
  if (!('records' in head)) return { ok: false, problems: [head] };
  return run(head, (c, h, p) => validate(head, c, h, p));
}

function result(head: Envelope, clippings: Clipping[], userHighlights: UserHighlight[], problems: BackupProblem[]): BackupReadResult {
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, clippings, userHighlights, exportedAt: head.exportedAt, version: head.version };
}

/**
 * Reads and validates a backup written by `clippingsToJson`, format version 1 or 2 (untrusted input): every record
 * is checked and every problem reported, numbered by record in plain Vietnamese and English;
 * the clippings come back only when the whole file is good (import is all or nothing).
 */
export function readClippingsBackup(text: string): BackupReadResult {
  return readWith(text, (head, steps) => {
    const [clippings, userHighlights, problems]: [Clipping[], UserHighlight[], BackupProblem[]] = [[], [], []];
    for (const _ of steps(clippings, userHighlights, problems)); // drive the checks to the end
    return result(head, clippings, userHighlights, problems);
  });
}

/**
 * {@link readClippingsBackup} with the record checks cut into time slices (progress over
 * clippings + highlights, cancel): only `JSON.parse` itself runs in one piece.
 */
export async function readClippingsBackupInSlices(text: string, options: SliceOptions = {}): Promise<BackupReadResult> {
  const { onProgress, ...slicing } = options;
  return readWith(text, async (head, steps) => {
    const slicer = timeSlicer(slicing);
    const total = head.records.length + head.highlights.length;
    const [clippings, userHighlights, problems]: [Clipping[], UserHighlight[], BackupProblem[]] = [[], [], []];
    for (const done of steps(clippings, userHighlights, problems)) {
      if (slicer.due()) {
        onProgress?.(done, total);
        await slicer.pause();
      }
    }
    onProgress?.(total, total);
    return result(head, clippings, userHighlights, problems);
  });
}
