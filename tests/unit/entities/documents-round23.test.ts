import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

const docs = (text: string) => recognize(text).documents.map((d) => [d.surface, d.symbol, d.mentions.length]);
const surfaces = (text: string) => recognize(text).documents.map((d) => d.surface);

describe('utils/entities/parse-named-document (round 23: congresses named by their number)', () => {
  it.each([
    ['a national congress by its numeral', 'Quán triệt Nghị quyết Đại hội XIII của Đảng.', ['Nghị quyết Đại hội XIII']],
    ['a congress by its number in figures', 'Triển khai Nghị quyết Đại hội 12 của Đảng.', ['Nghị quyết Đại hội 12']],
    ['an organisation\'s congress read up to its ordinal', 'Học tập Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX và các chương trình.',
      ['Nghị quyết Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX']],
    ['a provincial congress by its term after a comma', 'Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh Sóc Trăng, nhiệm kỳ 2020 - 2025.',
      ['Nghị quyết Đại hội Đảng bộ tỉnh Sóc Trăng']],
  ] as const)('%s', (_label, text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it('keeps "Nghị quyết Đại hội" when the text names the national congress by its number', () => {
    expect(surfaces('Đại hội XIV đã đề ra nhiệm vụ đột phá. Thực hiện Nghị quyết Đại hội, tỉnh ban hành chương trình hành động.'))
      .toEqual(['Nghị quyết Đại hội']);
  });

  it.each([
    ['a congress the text is about, with no number', 'Xã đạt 8/10 chỉ tiêu Nghị quyết Đại hội. Thu ngân sách vượt kế hoạch.'],
    ['a local congress named by its number elsewhere', 'Đại hội Đảng bộ xã lần thứ V thành công. Xã đạt 8/10 chỉ tiêu Nghị quyết Đại hội.'],
    ['a party committee\'s congress with no number', 'Thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ của hai xã đã đề ra, đạt nhiều kết quả.'],
    ['congresses at every level', 'Quán triệt Nghị quyết Đại hội Đoàn các cấp nhiệm kỳ 2022 - 2027.'],
  ] as const)('no document: %s', (_label, text) => {
    expect(recognize(text).documents).toEqual([]);
  });
});

describe('utils/entities/make-key (round 23: the national congress however written)', () => {
  it('gives one key to every way of writing the same national congress\'s resolution', () => {
    expect(docs('Quán triệt Nghị quyết Đại hội lần thứ XIII của Đảng. Đưa Nghị quyết Đại hội XIII vào cuộc sống; thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ 13.'))
      .toEqual([['Nghị quyết Đại hội lần thứ XIII', null, 3]]);
  });

  it('keeps a provincial congress apart from the national one of the same number', () => {
    expect(surfaces('Thực hiện Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII.'))
      .toEqual(['Nghị quyết Đại hội XIII', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII']);
  });
});

describe('utils/entities/find-documents (round 23: letterheads, stray spaces, issuers)', () => {
  it('reads a letter\'s own number under "Số:" with no type code', () => {
    expect(recognize('BỘ Y TẾ\nSố: 2310/BYT-KCB\nV/v tăng cường khám chữa bệnh').documents.map((d) => [d.surface, d.type, d.number, d.symbol]))
      .toEqual([['2310/BYT-KCB', null, '2310', 'BYT-KCB']]);
  });

  it('keeps a number under "Số:" that is no issuer\'s code', () => {
    expect(recognize('Hotline\nSố: 0912/ABC hoặc 1900').documents).toEqual([]);
  });

  it('reads a symbol with a stray space after the slash', () => {
    expect(docs('Theo Công văn số 215/ SGDĐT ngày 3/9/2024 của Sở Giáo dục.')).toEqual([['Công văn số 215/ SGDĐT', 'SGDĐT', 1]]);
  });

  it('files a short form under the full citation whose issuer lost a word', () => {
    expect(docs('Quán triệt Nghị quyết 39 của Bộ Chính trị. Nghị quyết số 39-NQ/TW ngày 15/1/2019 của Bộ Chính về nguồn lực.'))
      .toEqual([['Nghị quyết số 39-NQ/TW', 'NQ/TW', 2]]);
  });

  it('reads a stray space after the year\'s slash and before a letterhead\'s slash', () => {
    expect(surfaces('Theo Thông tư 15/2024/ TT-BCA của Bộ Công an.')).toEqual(['Thông tư 15/2024/ TT-BCA']);
    expect(surfaces('SỞ Y TẾ Số : 312 /SYT-NV Hà Nam, ngày 3 tháng 5')).toEqual(['312 /SYT-NV']);
    expect(recognize('Tỷ lệ đạt 12/2023/ Tổng số hồ sơ.').documents).toEqual([]);
  });

  it('reads a plenum written in one token with the committee', () => {
    expect(surfaces('Quán triệt Nghị quyết TW5, khóa XII về kinh tế tư nhân.')).toEqual(['Nghị quyết TW5, khóa XII']);
  });

  it('reads amending laws and a law\'s acronym inside its name', () => {
    expect(surfaces('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công năm 2022; Luật Thủ đô (LTĐ) năm 2024;'))
      .toEqual(['Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công năm 2022', 'Luật Thủ đô (LTĐ) năm 2024']);
  });

  it('reads a stray space before the slash of a number and its year', () => {
    expect(surfaces('Theo Thông tư số 07 /2019/TT-BYT ngày 3/4/2019 của Bộ Y tế.')).toEqual(['Thông tư số 07 /2019/TT-BYT']);
  });

  it('gives one key to a Central Committee plenum\'s resolution however written', () => {
    expect(docs('Quán triệt Nghị quyết Trung ương 8, khóa XI. Thực hiện Nghị quyết Hội nghị lần thứ 8 của Ban Chấp hành Trung ương Đảng khóa XI; Nghị quyết TW8 khóa 11; Nghị quyết Hội nghị lần thứ 8 BCHTW Đảng khóa XI.'))
      .toEqual([['Nghị quyết Trung ương 8, khóa XI', null, 4]]);
  });

  it('reads no law where no name follows the type word, and no document in a plenum\'s resolutions in the plural', () => {
    expect(recognize('Theo đó, Luật năm 2025 bỏ thẩm quyền. Bổ sung dự án Luật vào Chương trình lập pháp năm 2025.').documents).toEqual([]);
    expect(recognize('Quán triệt các nghị quyết Hội nghị lần thứ 6 BCH Trung ương Đảng khóa XII.').documents).toEqual([]);
  });
});
