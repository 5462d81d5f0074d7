import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function docs(text: string) {
  return recognize(text).documents.map((d) => ({
    key: d.key, surfaces: d.mentions.map((m) => text.slice(m.start, m.end)), symbol: d.symbol, year: d.year, date: d.date,
  }));
}

describe('utils/entities/find-documents (round 10: short forms of a full citation, glued words, long law names)', () => {
  it('files a later short form under the full citation of the same type and number', () => {
    const text = 'Các tổ chức tín dụng thực hiện Thông tư 08/2023/TT-NHNN và Quyết định 612/QĐ-NHNN. Cuối buổi, Phó Thống đốc nhắc lại yêu cầu về Thông tư 8 và Quyết định 612.';
    expect(docs(text).map((d) => [d.key, d.surfaces])).toEqual([
      ['document:8/2023/tt-nhnn', ['Thông tư 08/2023/TT-NHNN', 'Thông tư 8']],
      ['document:612/qd-nhnn', ['Quyết định 612/QĐ-NHNN', 'Quyết định 612']],
    ]);
  });

  it.each([
    ['a short form with an issuer of its own', 'Thực hiện Nghị quyết 15-NQ/TW, Thủ đô còn thi hành Nghị quyết 15 của Quốc hội khóa XII.', 2],
    ['two full citations sharing type and number', 'Quyết định 45/QĐ-UBND và Quyết định 45/QĐ-SYT cùng ban hành; Quyết định 45 nêu rõ thời hạn.', 3],
  ])('keeps %s apart', (_label, text, count) => {
    expect(docs(text)).toHaveLength(count);
  });

  it.each([
    ['a date glued to the code', 'Căn cứ Nghị định số 34/2016/NĐ-CPngày 14/5/2016 của Chính phủ.',
      { key: 'document:34/2016/nd-cp', surfaces: ['Nghị định số 34/2016/NĐ-CP'], symbol: 'NĐ-CP', year: 2016, date: '2016-05-14' }],
    ['the Party centre written T.Ư', 'Thông báo Kết luận số 77-TB/T.Ư của Bộ Chính trị được phổ biến.',
      { key: 'document:77-tb/tw', surfaces: ['Kết luận số 77-TB/T.Ư'], symbol: 'TB/T.Ư', year: null, date: null }],
    ['a long law name with its year', 'Căn cứ Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân năm 2004;',
      { key: 'document:luật ban hành văn bản quy phạm pháp luật của hội đồng nhân dân và ủy ban nhân dân năm 2004',
        surfaces: ['Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân năm 2004'], symbol: null, year: 2004, date: null }],
  ])('reads %s', (_label, text, doc) => {
    expect(docs(text)).toEqual([doc]);
  });

  // Named with the day it passed but no number nor year in its name: not cited as a numbered or well-known document
  // (the development set's rule), whatever case it is written in.
  it.each([
    ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;'],
    ['Căn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001;'],
    ['Căn cứ Luật Phòng, chống bệnh truyền nhiễm ngày 21/11/2007;'],
  ])('reads no document in a law named by the day it passed: %s', (text) => {
    expect(recognize(text).documents).toEqual([]);
  });

  it.each([
    ['a law named in lower case with its year', 'Căn cứ Luật tổ chức Chính phủ năm 2001;',
      { key: 'document:luật tổ chức chính phủ năm 2001', surfaces: ['Luật tổ chức Chính phủ năm 2001'], symbol: null, year: 2001, date: null }],
    ['"phòng, chống" inside a law\'s name', 'Căn cứ Luật Phòng, chống bệnh truyền nhiễm năm 2007;',
      { key: 'document:luật phòng chống bệnh truyền nhiễm năm 2007', surfaces: ['Luật Phòng, chống bệnh truyền nhiễm năm 2007'], symbol: null, year: 2007, date: null }],
    ['a law named in lower case with "năm" and its year', 'Căn cứ Luật tổ chức Viện kiểm sát nhân dân năm 2014;',
      { key: 'document:luật tổ chức viện kiểm sát nhân dân năm 2014', surfaces: ['Luật tổ chức Viện kiểm sát nhân dân năm 2014'], symbol: null, year: 2014, date: null }],
    ['a hyphen after the year', 'Ông cho biết thông tư 13/2007-TT-BYT quy định rõ.',
      { key: 'document:13/2007/tt-byt', surfaces: ['thông tư 13/2007-TT-BYT'], symbol: 'TT-BYT', year: 2007, date: null }],
    ['an old dotted code', 'Theo Quyết định số 01/1999/QĐ.UB ngày 15/01/1999 của UBND tỉnh.',
      { key: 'document:1/1999/qd.ub', surfaces: ['Quyết định số 01/1999/QĐ.UB'], symbol: 'QĐ.UB', year: 1999, date: '1999-01-15' }],
    ['a consolidated text', 'Căn cứ Văn bản hợp nhất 03/VBHN-KTNN ngày 5/3/2020 của Kiểm toán Nhà nước.',
      { key: 'document:3/vbhn-ktnn', surfaces: ['Văn bản hợp nhất 03/VBHN-KTNN'], symbol: 'VBHN-KTNN', year: null, date: '2020-03-05' }],
    ['a Party action programme by its number', 'Tỉnh ủy ban hành Chương trình hành động số 40, nhanh chóng kiện toàn Ban Chỉ đạo.',
      { key: 'document:chương trình hành động 40', surfaces: ['Chương trình hành động số 40'], symbol: null, year: null, date: null }],
  ])('reads %s', (_label, text, doc) => {
    expect(docs(text)).toEqual([doc]);
  });

  it.each([
    ['a numbered list after a blank line', 'Tải về 34 Nghị quyết\n\n    1. Nghị quyết về việc sắp xếp các xã'],
    ['a law named with a verb before the year', 'Luật Đất đai được Quốc hội thông qua năm 2024.'],
    ['a law without year or date', 'Luật Đất đai quy định về quyền sử dụng đất.'],
  ])('finds no citation in %s', (_label, text) => {
    expect(docs(text)).toEqual([]);
  });
});
