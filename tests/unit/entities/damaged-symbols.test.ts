import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function docs(text: string) {
  return recognize(text).documents.map((d) => ({ surface: d.surface, number: d.number, symbol: d.symbol, year: d.year }));
}

describe('utils/entities/parse-symbol (damaged symbols seen in extracted text)', () => {
  it.each<[string, string, { surface: string; number: string; symbol: string; year: number | null }]>([
    ['a year glued to the code', 'Căn cứ Thông tư 12/2014TT-BGDĐT của Bộ.', { surface: 'Thông tư 12/2014TT-BGDĐT', number: '12', symbol: 'TT-BGDĐT', year: 2014 }],
    ['a space instead of the slash after the year', 'Theo Quyết định số 51/2008 QĐ-BGDĐT về điều lệ.',
      { surface: 'Quyết định số 51/2008 QĐ-BGDĐT', number: '51', symbol: 'QĐ-BGDĐT', year: 2008 }],
    ['a fraction slash', 'Thủ tướng đã ký Công điện số 925\u2044CĐ-TTg yêu cầu ứng phó.',
      { surface: 'Công điện số 925\u2044CĐ-TTg', number: '925', symbol: 'CĐ-TTg', year: null }],
    ['a division slash', 'Công điện 88\u2215CĐ-TTg được gửi.', { surface: 'Công điện 88\u2215CĐ-TTg', number: '88', symbol: 'CĐ-TTg', year: null }],
    ['spaces and a line break around the hyphen, an ampersand in the code', 'Xét Tờ trình số 215/TTr -\nNN&PTNT của Sở.',
      { surface: 'Tờ trình số 215/TTr -\nNN&PTNT', number: '215', symbol: 'TTr-NN&PTNT', year: null }],
    ['a number with a letter suffix and a code without hyphen', 'Thực hiện Nghị quyết số 12b/NQCP của Chính phủ.',
      { surface: 'Nghị quyết số 12b/NQCP', number: '12b', symbol: 'NQCP', year: null }],
    ['number, year and code joined by hyphens', 'Theo 07-2020-TT-BGDĐT về chuẩn.', { surface: '07-2020-TT-BGDĐT', number: '07', symbol: 'TT-BGDĐT', year: 2020 }],
    ['a space splitting a group of capitals', 'Thông tư số 15/2016/TTLT-BGD ĐT-BNV quy định.',
      { surface: 'Thông tư số 15/2016/TTLT-BGD ĐT-BNV', number: '15', symbol: 'TTLT-BGDĐT-BNV', year: 2016 }],
  ])('reads %s', (_label, text, want) => {
    expect(docs(text)).toEqual([want]);
  });

  it.each([
    ['chương trình phối hợp số 45/CTPH', 'Sơ kết chương trình phối hợp số 45/CTPH về an ninh.', '45', 'CTPH'],
    ['quyết định xử phạt số 12/QĐ-XPHC', 'UBND ban hành quyết định xử phạt số 12/QĐ-XPHC.', '12', 'QĐ-XPHC'],
  ])('reads a type qualified by lower-case words: %s', (surface, text, number, symbol) => {
    expect(docs(text)).toMatchObject([{ surface, number, symbol }]);
  });

  it('needs a full symbol after a qualified type', () => {
    expect(docs('Kế hoạch hành động số 5 được bàn.')).toEqual([]);
  });

  it('dates a damaged symbol from the date after it', () => {
    expect(recognize('Xét Tờ trình số 215/TTr -\nNN&PTNT ngày 4/6/2008 của Sở.').documents[0]!.date).toBe('2008-06-04');
  });

  it.each([
    ['a score with a year', 'Tỷ số 3-2019 là bất ngờ.'],
    ['a fraction before a word', 'Năm 2019 có 44/2007 học sinh.'],
    ['a year and a lone word', 'Lớp 10/2019 Toán chuyên.'],
  ])('finds no document in %s', (_label, text) => {
    expect(docs(text)).toEqual([]);
  });
});
