import { describe, expect, it } from 'vitest';
import { ENTITY_MENTIONS_CSV_HEADER, entityMentionsToCsv } from '../../../utils/export/entity-mentions-to-csv';
import { parseCsv } from './parse-csv';
import { clipping, doc, official } from './sample';

const rowsOf = (csv: string) => parseCsv(csv.slice(1));

describe('utils/export/entity-mentions-to-csv', () => {
  it('writes a BOM, the header and one row per mention with clipping, entity and offsets', () => {
    const c = clipping({
      officials: [{ ...official('Võ Thị Hồng', ['Bí thư Tỉnh ủy']), mentions: [{ start: 10, end: 21, surface: 'Võ Thị Hồng' }, { start: 80, end: 88, surface: 'bà Hồng' }], ranks: ['PGS.TS'] }],
      documents: [doc({ mentions: [{ start: 40, end: 62, surface: 'Nghị quyết số 29-NQ/TU' }] })],
    });
    const csv = entityMentionsToCsv([c]);
    expect(csv.startsWith('\uFEFFclipping_id,clipping_title,clipping_url,kind,key,name,surface,')).toBe(true);
    expect(rowsOf(csv)).toEqual([
      [...ENTITY_MENTIONS_CSV_HEADER],
      ['7', c.title, c.canonicalUrl, 'official', 'võ thị hồng', 'Võ Thị Hồng', 'Võ Thị Hồng', 'Bí thư Tỉnh ủy', 'PGS.TS', '', '', '', '', '', '', '', '10', '21'],
      ['7', c.title, c.canonicalUrl, 'official', 'võ thị hồng', 'Võ Thị Hồng', 'bà Hồng', 'Bí thư Tỉnh ủy', 'PGS.TS', '', '', '', '', '', '', '', '80', '88'],
      ['7', c.title, c.canonicalUrl, 'document', 'nghi-quyet:29-nq/tu', '29-NQ/TU', 'Nghị quyết số 29-NQ/TU', '', '', 'Nghị quyết', '29', 'NQ/TU', '', '2023-03-15', 'Ban Thường vụ Tỉnh ủy', 'XX', '40', '62'],
    ]);
  });

  it('keeps an entity stored without mentions as one row with empty offsets', () => {
    const [, row] = rowsOf(entityMentionsToCsv([clipping({ officials: [], documents: [doc({ year: 2019, mentions: [] })] })]));
    expect(row!.slice(5, 7)).toEqual(['29-NQ/TU', 'Nghị quyết số 29-NQ/TU']);
    expect(row!.slice(12)).toEqual(['2019', '2023-03-15', 'Ban Thường vụ Tỉnh ủy', 'XX', '', '']);
  });

  it('uses the URL when the canonical URL is empty and leaves the id empty for unsaved clippings', () => {
    const { id: _id, ...unsaved } = clipping({ canonicalUrl: '' });
    expect(rowsOf(entityMentionsToCsv([unsaved]))[1]!.slice(0, 3)).toEqual(['', unsaved.title, unsaved.url]);
  });

  it.each([
    ['=HYPERLINK("https://evil.example")', `'=HYPERLINK("https://evil.example")`],
    ['-1+1', "'-1+1"],
    ['@cmd', "'@cmd"],
  ])('neutralises the formula-like surface %j', (surface, cell) => {
    const o = { ...official('Lê Văn Tám'), mentions: [{ start: 0, end: surface.length, surface }] };
    expect(rowsOf(entityMentionsToCsv([clipping({ officials: [o], documents: [] })]))[1]![6]).toBe(cell);
  });

  it('writes only the header for clippings without entities', () => {
    expect(rowsOf(entityMentionsToCsv([clipping({ officials: [], documents: [] })]))).toEqual([[...ENTITY_MENTIONS_CSV_HEADER]]);
  });
});
