import type { Clipping } from '../db/clipping';
import type { DocumentRef, Mention, Official } from '../entities/types';
import { BACKUP_FORMAT, BACKUP_VERSION } from './clippings-to-json';

/** Why a backup file was refused; `path` points at the first bad value (`clippings[3].title`). */
export class BackupFormatError extends Error {
  override readonly name = 'BackupFormatError';
  constructor(readonly path: string, problem: string) {
    super(`${path}: ${problem}`);
  }
}

type Json = Record<string, unknown>;

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new BackupFormatError(path, 'expected an object');
  return value as Json;
}
function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new BackupFormatError(path, 'expected an array');
  return value;
}
function str(o: Json, key: string, path: string): string {
  if (typeof o[key] !== 'string') throw new BackupFormatError(`${path}.${key}`, 'expected a string');
  return o[key];
}
function strOrNull(o: Json, key: string, path: string): string | null {
  return o[key] === null || o[key] === undefined ? null : str(o, key, path);
}
function num(o: Json, key: string, path: string): number {
  const value = o[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new BackupFormatError(`${path}.${key}`, 'expected a number');
  return value;
}
function strings(o: Json, key: string, path: string): string[] {
  return array(o[key] ?? [], `${path}.${key}`).map((v, i) => {
    if (typeof v !== 'string') throw new BackupFormatError(`${path}.${key}[${i}]`, 'expected a string');
    return v;
  });
}

function mentions(o: Json, path: string): Mention[] {
  return array(o.mentions ?? [], `${path}.mentions`).map((v, i) => {
    const m = object(v, `${path}.mentions[${i}]`);
    const p = `${path}.mentions[${i}]`;
    return { start: num(m, 'start', p), end: num(m, 'end', p), surface: str(m, 'surface', p) };
  });
}

function official(value: unknown, path: string): Official {
  const o = object(value, path);
  return {
    kind: 'official', key: str(o, 'key', path), name: str(o, 'name', path), titles: strings(o, 'titles', path),
    ranks: strings(o, 'ranks', path), mentions: mentions(o, path),
  };
}

function documentRef(value: unknown, path: string): DocumentRef {
  const d = object(value, path);
  const year = d.year === null || d.year === undefined ? null : num(d, 'year', path);
  return {
    kind: 'document', key: str(d, 'key', path), surface: str(d, 'surface', path), type: strOrNull(d, 'type', path),
    number: strOrNull(d, 'number', path), symbol: strOrNull(d, 'symbol', path), year, date: strOrNull(d, 'date', path),
    issuer: strOrNull(d, 'issuer', path), term: strOrNull(d, 'term', path), mentions: mentions(d, path),
  };
}

function clipping(value: unknown, path: string): Clipping {
  const c = object(value, path);
  return {
    url: str(c, 'url', path), canonicalUrl: str(c, 'canonicalUrl', path), title: str(c, 'title', path),
    author: strOrNull(c, 'author', path), published: strOrNull(c, 'published', path), site: str(c, 'site', path),
    lang: strOrNull(c, 'lang', path), markdown: str(c, 'markdown', path), text: str(c, 'text', path),
    officials: array(c.officials ?? [], `${path}.officials`).map((o, i) => official(o, `${path}.officials[${i}]`)),
    documents: array(c.documents ?? [], `${path}.documents`).map((d, i) => documentRef(d, `${path}.documents[${i}]`)),
    entityKeys: strings(c, 'entityKeys', path), note: typeof c.note === 'string' ? c.note : '', tags: strings(c, 'tags', path),
    clippedAt: num(c, 'clippedAt', path), updatedAt: num(c, 'updatedAt', path),
  };
}

/**
 * Reads a backup written by `clippingsToJson`, checking every field (a backup file is
 * untrusted input); returns clippings without ids, ready for `importClippings`.
 */
export function parseClippingsBackup(json: string): Clipping[] {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new BackupFormatError('$', `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const backup = object(data, '$');
  if (backup.format !== BACKUP_FORMAT) throw new BackupFormatError('$.format', `expected "${BACKUP_FORMAT}"`);
  if (backup.version !== BACKUP_VERSION) throw new BackupFormatError('$.version', `unsupported version ${String(backup.version)}`);
  return array(backup.clippings, '$.clippings').map((c, i) => clipping(c, `$.clippings[${i}]`));
}
