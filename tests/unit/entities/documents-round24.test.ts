import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

const docs = (text: string) => recognize(text).documents.map((d) => [d.surface, d.date, d.mentions.length]);

describe('utils/entities (round 24: datelines, one Party symbol reused by two terms)', () => {
  it('a bare date on the next line is the page\'s dateline, not the signing date', () => {
    expect(docs('Sơ kết thực hiện Nghị quyết số 21-NQ/TW\n15/03/2025\nSáng 15/3, Tỉnh ủy sơ kết thực hiện Nghị quyết số 21-NQ/TW, ngày 25/10/2017 của Ban Chấp hành Trung ương.'))
      .toEqual([['Nghị quyết số 21-NQ/TW', '2017-10-25', 2]]);
  });

  it('a bare date on the same line still dates the document', () => {
    expect(docs('Thực hiện Chỉ thị số 05-CT/TW 15/5/2016 của Bộ Chính trị.')).toEqual([['Chỉ thị số 05-CT/TW', '2016-05-15', 1]]);
  });

  it('two signing dates years apart under one Party symbol are two documents; a later bare mention joins the last cited', () => {
    expect(docs('Tổng kết Nghị quyết số 25-NQ/TW, ngày 03/6/2013 của Ban Chấp hành Trung ương khóa XI về công tác dân vận và Nghị quyết 25-NQ/TW ngày 25/7/2008 của Ban Chấp hành Trung ương khóa X về công tác thanh niên. Nghị quyết 25-NQ/TW về thanh niên đã đi vào cuộc sống.'))
      .toEqual([['Nghị quyết số 25-NQ/TW', '2013-06-03', 1], ['Nghị quyết 25-NQ/TW', '2008-07-25', 2]]);
  });
});

describe('utils/entities/parse-named-document (round 24: a school of law)', () => {
  it.each([
    ['"ĐH Luật" with a term', 'Trường ĐH Luật TP.HCM nhiệm kỳ 2025-2030 công bố quyết định.'],
    ['"Đại học Luật" with a year', 'Trường Đại học Luật Hà Nội năm 2024 tuyển sinh.'],
  ] as const)('no document: %s', (_label, text) => {
    expect(recognize(text).documents).toEqual([]);
  });
});
