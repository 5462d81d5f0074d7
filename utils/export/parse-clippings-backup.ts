import type { Clipping } from '../db/clipping';
import { type BackupProblem, readClippingsBackup } from './read-clippings-backup';

/** Why a backup file was refused: every problem found; `path` and the message name the first. */
export class BackupFormatError extends Error {
  override readonly name = 'BackupFormatError';
  /** Where the first problem is (`$.clippings[3].title`). */
  readonly path: string;
  constructor(readonly problems: readonly BackupProblem[]) {
    const first = problems[0] ?? { path: '$', en: 'invalid backup' };
    super(problems.length > 1 ? `${first.en} (and ${problems.length - 1} more problems)` : first.en);
    this.path = first.path;
  }
}

/**
 * Reads a backup written by `clippingsToJson`, for callers that prefer an exception:
 * the clippings (ids kept when the file has them), or a `BackupFormatError` listing every problem.
 */
export function parseClippingsBackup(json: string): Clipping[] {
  const result = readClippingsBackup(json);
  if (!result.ok) throw new BackupFormatError(result.problems);
  return result.clippings;
}
