import { describe, expect, it } from 'vitest';
import type { UserHighlight } from '../../../utils/db/user-highlight';
import { clippingsToJson } from '../../../utils/export/clippings-to-json';
import { BackupFormatError, parseClippingsBackup } from '../../../utils/export/parse-clippings-backup';
import { readClippingsBackup } from '../../../utils/export/read-clippings-backup';
import { clipping } from './sample';

const HIGHLIGHT: UserHighlight = {
  id: 3, pageKey: 'https://b.example/1', url: 'https://b.example/1?ref=a', scope: 'article',
  target: { selectors: [{ type: 'TextPositionSelector', start: 4, end: 9 }, { type: 'TextQuoteSelector', exact: 'nghị quyết', prefix: 'bàn ', suffix: ' mới' }] },
  note: 'đối chiếu', createdAt: 50, orphan: false, checkedAt: 60,
};
const good = clippingsToJson(
  [clipping({ id: 1, canonicalUrl: 'https://b.example/1' }), clipping({ id: 2, canonicalUrl: 'https://b.example/2' })], 0,
  [HIGHLIGHT, { ...HIGHLIGHT, id: 4, scope: 'page', note: '' }],
);

/** The backup with highlight `index` changed by `edit`. */
function withHighlight(index: number, edit: (record: Record<string, any>) => void): string { // eslint-disable-line @typescript-eslint/no-explicit-any
  const data = JSON.parse(good);
  edit(data.userHighlights[index]);
  return JSON.stringify(data);
}

/** A version 1 file as Trích Báo wrote it before highlights were backed up. */
function version1(): string {
  const data = JSON.parse(good);
  delete data.userHighlights;
  data.version = 1;
  return JSON.stringify(data, null, 2);
}

/** The backup with record `index` changed by `edit`. */
function withRecord(index: number, edit: (record: Record<string, unknown>) => void): string {
  const data = JSON.parse(good);
  edit(data.clippings[index]);
  return JSON.stringify(data);
}

/** The problems a file has, as the Vietnamese and English lines a person reads. */
function problems(json: string): Array<[string, string]> {
  const result = readClippingsBackup(json);
  if (result.ok) throw new Error('expected problems');
  return result.problems.map((p) => [p.vi, p.en]);
}

describe('utils/export/read-clippings-backup', () => {
  it('returns the clippings, highlights, export time and version of a good file', () => {
    const result = readClippingsBackup(good);
    expect(result).toMatchObject({ ok: true, exportedAt: '1970-01-01T00:00:00.000Z', version: 2 });
    expect(result.ok && result.clippings.map((c) => c.id)).toEqual([1, 2]);
    expect(result.ok && result.userHighlights).toEqual([HIGHLIGHT, { ...HIGHLIGHT, id: 4, scope: 'page', note: '' }]);
  });

  it('still reads a version 1 file, which has no highlights', () => {
    const result = readClippingsBackup(version1());
    expect(result).toMatchObject({ ok: true, version: 1, userHighlights: [] });
    expect(result.ok && result.clippings).toHaveLength(2);
  });

  it('ignores a "userHighlights" key in a version 1 file (not part of that format)', () => {
    const data = JSON.parse(version1());
    data.userHighlights = 'bất kỳ';
    expect(readClippingsBackup(JSON.stringify(data))).toMatchObject({ ok: true, userHighlights: [] });
  });

  it('fills in what a hand-made highlight may leave out, and drops its id when null', () => {
    const result = readClippingsBackup(withHighlight(0, (h) => { delete h.note; delete h.orphan; delete h.checkedAt; h.id = null; delete h.target.selectors[1].prefix; }));
    expect(result.ok && result.userHighlights[0]).toEqual({ ...HIGHLIGHT, id: undefined, note: '', orphan: false, checkedAt: 0, target: { selectors: [HIGHLIGHT.target.selectors[0], { ...HIGHLIGHT.target.selectors[1], prefix: '' }] } });
    expect(result.ok && 'id' in result.userHighlights[0]!).toBe(false);
  });

  it.each([
    ['a missing page key', (h: Record<string, any>) => delete h.pageKey, 'Đoạn đánh dấu 2: thiếu "pageKey"', 'Highlight 2: "pageKey" is missing'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['an unknown scope', (h: Record<string, any>) => (h.scope = 'sidebar'), 'Đoạn đánh dấu 2: "scope" phải là "article" hoặc "page" (đang là văn bản)', 'Highlight 2: "scope" must be "article" or "page" (found text)'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a position that ends before it starts', (h: Record<string, any>) => (h.target.selectors[0].start = 20), 'Đoạn đánh dấu 2: bộ chọn thứ 1 của "target" có vị trí bắt đầu sau vị trí kết thúc', 'Highlight 2: selector 1 of "target" starts after it ends'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['an empty quote', (h: Record<string, any>) => (h.target.selectors[1].exact = ''), 'Đoạn đánh dấu 2: "exact" của bộ chọn thứ 2 của "target" không được để trống', 'Highlight 2: "exact" of selector 2 of "target" must not be empty'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['selectors that are not a list', (h: Record<string, any>) => (h.target.selectors = 'x'), 'Đoạn đánh dấu 2: "selectors" của "target" phải là danh sách (đang là văn bản)', 'Highlight 2: "selectors" of "target" must be a list (found text)'], // eslint-disable-line @typescript-eslint/no-explicit-any
    ['a note that is a number', (h: Record<string, any>) => (h.note = 1), 'Đoạn đánh dấu 2: "note" phải là văn bản (đang là số)', 'Highlight 2: "note" must be text (found a number)'], // eslint-disable-line @typescript-eslint/no-explicit-any
  ])('reports a highlight with %s in plain words, numbered from 1', (_label, edit, vi, en) => {
    expect(problems(withHighlight(1, edit))).toEqual([[vi, en]]);
  });

  it('reports bad clippings and bad highlights together, each with its path', () => {
    const data = JSON.parse(withHighlight(0, (h) => (h.createdAt = 'hôm qua')));
    data.clippings[0].title = null;
    const result = readClippingsBackup(JSON.stringify(data));
    expect(!result.ok && result.problems.map((p) => [p.list, p.record, p.path])).toEqual([
      ['clippings', 1, '$.clippings[0].title'], ['userHighlights', 1, '$.userHighlights[0].createdAt'],
    ]);
  });

  it.each([
    ['a missing canonical URL', (r: Record<string, unknown>) => delete r.canonicalUrl, 'Bản ghi 2: thiếu "canonicalUrl"', 'Record 2: "canonicalUrl" is missing'],
    ['an empty canonical URL', (r: Record<string, unknown>) => (r.canonicalUrl = ''), 'Bản ghi 2: "canonicalUrl" không được để trống', 'Record 2: "canonicalUrl" must not be empty'],
    ['a title that is a number', (r: Record<string, unknown>) => (r.title = 5), 'Bản ghi 2: "title" phải là văn bản (đang là số)', 'Record 2: "title" must be text (found a number)'],
    ['a clip time in words', (r: Record<string, unknown>) => (r.clippedAt = 'hôm qua'), 'Bản ghi 2: "clippedAt" phải là số (đang là văn bản)', 'Record 2: "clippedAt" must be a number (found text)'],
    ['tags that are not a list', (r: Record<string, unknown>) => (r.tags = 'a, b'), 'Bản ghi 2: "tags" phải là danh sách (đang là văn bản)', 'Record 2: "tags" must be a list (found text)'],
    ['a tag that is null', (r: Record<string, unknown>) => (r.tags = ['a', null]), 'Bản ghi 2: mục thứ 2 của "tags" phải là văn bản (đang là null)', 'Record 2: item 2 of "tags" must be text (found null)'],
    ['an official without a name', (r: Record<string, unknown>) => delete (r.officials as Array<Record<string, unknown>>)[0]!.name, 'Bản ghi 2: thiếu "name" của quan chức thứ 1', 'Record 2: "name" of official 1 is missing'],
    ['a mention that ends before it starts', (r: Record<string, unknown>) => ((r.officials as Array<{ mentions: Array<{ start: number }> }>)[0]!.mentions[1]!.start = 99), 'Bản ghi 2: lần nhắc thứ 2 của quan chức thứ 1 có vị trí bắt đầu sau vị trí kết thúc', 'Record 2: mention 2 of official 1 starts after it ends'],
    ['a negative offset', (r: Record<string, unknown>) => ((r.officials as Array<{ mentions: Array<{ start: number; end: number }> }>)[0]!.mentions[0]!.start = -1), 'Bản ghi 2: "start" của lần nhắc thứ 1 của quan chức thứ 1 không được âm', 'Record 2: "start" of mention 1 of official 1 must not be negative'],
    ['a fractional year', (r: Record<string, unknown>) => ((r.documents as Array<{ year: number }>)[0]!.year = 2019.5), 'Bản ghi 2: "year" của văn bản thứ 1 phải là số nguyên', 'Record 2: "year" of document 1 must be a whole number'],
    ['a document of the wrong kind', (r: Record<string, unknown>) => ((r.documents as Array<{ kind: string }>)[0]!.kind = 'official'), 'Bản ghi 2: "kind" của văn bản thứ 1 phải là "document" (đang là văn bản)', 'Record 2: "kind" of document 1 must be "document" (found text)'],
  ])('reports %s in plain words, numbered from 1', (_label, edit, vi, en) => {
    expect(problems(withRecord(1, edit))).toEqual([[vi, en]]);
  });

  it('reports every bad record and every bad field, not only the first', () => {
    const data = JSON.parse(good);
    data.clippings[0].title = null;
    data.clippings[0].updatedAt = Infinity; // JSON has no Infinity: stringify writes null
    data.clippings[1] = 7;
    expect(problems(JSON.stringify(data)).map(([, en]) => en)).toEqual([
      'Record 1: "title" must be text (found null)',
      'Record 1: "updatedAt" must be a number (found null)',
      'Record 2: must be an object (found a number)',
    ]);
  });

  it('accepts a file without the optional lists and note, filling them in', () => {
    const result = readClippingsBackup(withRecord(0, (r) => { delete r.tags; delete r.note; delete r.officials; delete r.id; }));
    expect(result.ok && result.clippings[0]).toMatchObject({ tags: [], note: '', officials: [] });
    expect(result.ok && 'id' in result.clippings[0]!).toBe(false);
  });

  it.each([
    ['an empty file', '', 'Tệp trống.', 'The file is empty.'],
    ['a truncated file', good.slice(0, good.length / 2), 'Tệp bị cắt cụt', 'The file is truncated'],
    ['a file that is not JSON', 'Trích Báo\n', 'Tệp không phải JSON hợp lệ', 'The file is not valid JSON'],
    ['another JSON file', '{"name":"trich-bao","version":"0.1.0"}', 'Đây không phải tệp sao lưu của Trích Báo.', 'This is not a Trích Báo backup file.'],
    ['a JSON list', '[]', 'Đây không phải tệp sao lưu của Trích Báo.', 'This is not a Trích Báo backup file.'],
    ['a newer format version', good.replace('"version": 2', '"version": 3'), 'mới hơn phiên bản 2', 'newer than version 2'],
    ['a version that is not a number', good.replace('"version": 2', '"version": "2"'), 'Phiên bản định dạng', 'format version is not valid'],
    ['highlights that are not a list', good.replace(/"userHighlights": \[[\s\S]*\]\n}/, '"userHighlights": {}}'), 'đoạn đánh dấu ("userHighlights")', 'list of highlights ("userHighlights") is not a list'],
    ['no list of clippings', '{"format":"trich-bao-backup","version":1}', 'Tệp thiếu danh sách', 'no list of clippings'],
  ])('refuses %s with a clear message', (_label, json, vi, en) => {
    const [[viText, enText]] = problems(json) as [[string, string]];
    expect(viText).toContain(vi);
    expect(enText).toContain(en);
  });

  it('reads a file an editor saved with a byte order mark', () => {
    expect(readClippingsBackup(`\uFEFF${good}`).ok).toBe(true);
  });
});

describe('utils/export/parse-clippings-backup', () => {
  it('throws a BackupFormatError carrying every problem and the first path', () => {
    const error = (() => { try { parseClippingsBackup(withRecord(1, (r) => { r.title = 1; r.site = 2; })); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(BackupFormatError);
    expect((error as BackupFormatError).path).toBe('$.clippings[1].title');
    expect((error as BackupFormatError).problems).toHaveLength(2);
    expect((error as BackupFormatError).message).toBe('Record 2: "title" must be text (found a number) (and 1 more problems)');
  });
});
