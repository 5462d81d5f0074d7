import type { BaseIssue } from 'valibot';

/** One thing wrong with a backup file, worded for people in Vietnamese and English. */
export interface BackupProblem {
  /** Number of the record in its list of the file, counting from 1; null for the file as a whole. */
  record: number | null;
  /** Which list of the file the record is in; absent for the file as a whole. */
  list?: BackupList;
  /** Where, for developers: `$.clippings[2].officials[0].name` (indices from 0). */
  path: string;
  /** E.g. `Bản ghi 3: thiếu "canonicalUrl"`. */
  vi: string;
  /** E.g. `Record 3: "canonicalUrl" is missing`. */
  en: string;
}

type Words = { vi: string; en: string };

/** The lists of records a backup file holds. */
export type BackupList = 'clippings' | 'userHighlights';

// How a record of each list is named: "Bản ghi 3" is a clipping (as in version 1 files).
const RECORD_NAMES: Record<BackupList, Words> = {
  clippings: { vi: 'Bản ghi', en: 'Record' },
  userHighlights: { vi: 'Đoạn đánh dấu', en: 'Highlight' },
};

// Lists whose items have a name of their own in the messages ("quan chức thứ 2").
const ITEM_NAMES: Record<string, Words> = {
  officials: { vi: 'quan chức', en: 'official' },
  documents: { vi: 'văn bản', en: 'document' },
  mentions: { vi: 'lần nhắc', en: 'mention' },
  selectors: { vi: 'bộ chọn', en: 'selector' },
};

const TYPE_NAMES: Record<string, Words> = {
  string: { vi: 'văn bản', en: 'text' },
  number: { vi: 'số', en: 'a number' },
  array: { vi: 'danh sách', en: 'a list' },
  tuple: { vi: 'danh sách', en: 'a list' },
  object: { vi: 'đối tượng', en: 'an object' },
  boolean: { vi: 'đúng/sai', en: 'true/false' },
  null: { vi: 'null', en: 'null' },
};

const CODES: Record<string, Words> = {
  integer: { vi: 'phải là số nguyên', en: 'must be a whole number' },
  finite: { vi: 'phải là số hữu hạn (mili giây)', en: 'must be a finite number (milliseconds)' },
  negative: { vi: 'không được âm', en: 'must not be negative' },
  'too-big': { vi: 'quá lớn', en: 'is too large' },
  empty: { vi: 'không được để trống', en: 'must not be empty' },
  order: { vi: 'có vị trí bắt đầu sau vị trí kết thúc', en: 'starts after it ends' },
};

function typeOf(value: unknown): Words {
  if (value === null) return TYPE_NAMES.null!;
  if (Array.isArray(value)) return TYPE_NAMES.array!;
  return TYPE_NAMES[typeof value] ?? { vi: typeof value, en: typeof value };
}

/** `"name" của lần nhắc thứ 2 của quan chức thứ 1` / `"name" of mention 2 of official 1`. */
function subject(keys: ReadonlyArray<string | number>): Words {
  const parts: Words[] = [];
  keys.forEach((key, i) => {
    const next = keys[i + 1];
    if (typeof key === 'number') return;
    if (typeof next === 'number') {
      const item = ITEM_NAMES[key];
      parts.push(item ? { vi: `${item.vi} thứ ${next + 1}`, en: `${item.en} ${next + 1}` } : { vi: `mục thứ ${next + 1} của "${key}"`, en: `item ${next + 1} of "${key}"` });
    } else {
      parts.push({ vi: `"${key}"`, en: `"${key}"` });
    }
  });
  parts.reverse();
  return { vi: parts.map((p) => p.vi).join(' của '), en: parts.map((p) => p.en).join(' of ') };
}

/** Valibot's `("article" | "page")` as `"article" hoặc "page"` / `"article" or "page"`. */
function choices(expected: string): Words {
  const options = expected.replace(/^\((.*)\)$/, '$1').split(' | ');
  return { vi: options.join(' hoặc '), en: options.join(' or ') };
}

/** What is wrong, with `s` the subject (empty for the record itself). */
function complaint(issue: BaseIssue<unknown>, s: Words): Words {
  const missing = issue.input === undefined && issue.type === 'object' && s.vi !== '';
  if (missing) return { vi: `thiếu ${s.vi}`, en: `${s.en} is missing` };
  const lead = (w: Words) => ({ vi: s.vi === '' ? w.vi : `${s.vi} ${w.vi}`, en: s.en === '' ? w.en : `${s.en} ${w.en}` });
  const code = CODES[issue.message];
  if (issue.kind === 'validation' && code) return lead(code);
  const found = typeOf(issue.input);
  const expected = issue.type === 'literal' || issue.type === 'picklist' ? choices(issue.expected ?? '') : (TYPE_NAMES[issue.type] ?? { vi: issue.type, en: issue.type });
  return lead({ vi: `phải là ${expected.vi} (đang là ${found.vi})`, en: `must be ${expected.en} (found ${found.en})` });
}

/** The problems of one record of a list (counting from 1), one per distinct place, in plain words. */
export function recordProblems(record: number, issues: ReadonlyArray<BaseIssue<unknown>>, list: BackupList = 'clippings'): BackupProblem[] {
  const name = RECORD_NAMES[list];
  const seen = new Set<string>();
  const problems: BackupProblem[] = [];
  for (const issue of issues) {
    const keys = (issue.path ?? []).map((item) => item.key as string | number);
    const path = `$.${list}[${record - 1}]${keys.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`)).join('')}`;
    if (seen.has(path)) continue; // "not finite" and "not an integer" of one value: say it once
    seen.add(path);
    const words = complaint(issue, subject(keys));
    problems.push({ record, list, path, vi: `${name.vi} ${record}: ${words.vi}`, en: `${name.en} ${record}: ${words.en}` });
  }
  return problems;
}

/** A problem with the file as a whole. */
export function fileProblem(path: string, vi: string, en: string): BackupProblem {
  return { record: null, path, vi, en };
}
