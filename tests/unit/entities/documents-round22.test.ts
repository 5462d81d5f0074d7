import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

const docs = (text: string) => recognize(text).documents.map((d) => [d.surface, d.symbol, d.mentions.length]);

describe('utils/entities/merge-short-forms (round 22)', () => {
  it('files a short form written before the full citation under it', () => {
    expect(docs('Tỉnh triển khai Chỉ thị số 12 của Ban Bí thư. Hội nghị quán triệt Chỉ thị số 12-CT/TW của Ban Bí thư về công tác dân vận.'))
      .toEqual([['Chỉ thị số 12-CT/TW', 'CT/TW', 2]]);
  });

  it('files a symbol cut short under the full one, in either order', () => {
    expect(docs('Thực hiện Nghị quyết số 41-NQ/TW. Triển khai Nghị quyết số 41-NQ là nhiệm vụ trọng tâm.')).toEqual([['Nghị quyết số 41-NQ/TW', 'NQ/TW', 2]]);
    expect(docs('Nghị quyết số 41-NQ là nhiệm vụ trọng tâm. Thực hiện Nghị quyết số 41-NQ/TW.')).toEqual([['Nghị quyết số 41-NQ/TW', 'NQ/TW', 2]]);
  });

  it('keeps a short form whose issuer is not the full citation\'s', () => {
    expect(docs('Thực hiện Quyết định số 15/QĐ-TTg của Thủ tướng. Theo Quyết định số 15 của UBND tỉnh, dự án được duyệt.')).toHaveLength(2);
  });
});

describe('utils/entities/find-documents (round 22: number and year with no code)', () => {
  it('reads a legal text cited by number and year', () => {
    expect(recognize('Bộ ban hành Thông tư 12/2023 sửa đổi Thông tư 150/2017 về phí.').documents.map((d) => [d.surface, d.number, d.symbol, d.year]))
      .toEqual([['Thông tư 12/2023', '12', null, 2023], ['Thông tư 150/2017', '150', null, 2017]]);
  });

  it('files it under the full citation of the same number and year only', () => {
    expect(docs('Theo Nghị định 45/2020, mức phạt tăng. Nghị định 45/2020/NĐ-CP có hiệu lực.')).toEqual([['Nghị định 45/2020/NĐ-CP', 'NĐ-CP', 2]]);
    expect(docs('Theo Nghị định 45/2020/NĐ-CP. Thay Nghị định 45/2016.')).toHaveLength(2);
  });

  it('leaves a plan numbered by month and year alone', () => {
    expect(recognize('Kế hoạch 5/2024 của xã đã hoàn thành.').documents).toEqual([]);
  });
});

describe('utils/entities/parse-document-tail (round 22)', () => {
  it('ends a headline\'s issuer with its line, so a later short form joins the citation', () => {
    expect(recognize('Thực hiện Chỉ thị 07-CT/TW của Bộ Chính trị\nThiết thực kỷ niệm ngày lễ. Sơ kết Chỉ thị số 07 của Bộ Chính trị.').documents
      .map((d) => [d.surface, d.issuer, d.mentions.length])).toEqual([['Chỉ thị 07-CT/TW', 'Bộ Chính trị', 2]]);
  });
});

describe('utils/entities/find-documents (round 22: letters by issuer code)', () => {
  it('reads a lower-case "văn bản" with a full coded symbol and no "số"', () => {
    expect(recognize('Văn phòng Chính phủ có văn bản 5120/VPCP-KTTH gửi các bộ.').documents.map((d) => [d.surface, d.symbol]))
      .toEqual([['văn bản 5120/VPCP-KTTH', 'VPCP-KTTH']]);
  });

  it('reads a second "số" of the same sentence with the first one\'s type', () => {
    expect(recognize('Sở đã ban hành các văn bản số 310/STC-NS ngày 2/3/2024 và số 415/STC-NS ngày 9/4/2024 để đôn đốc.').documents
      .map((d) => [d.surface, d.type, d.symbol, d.date]))
      .toEqual([['văn bản số 310/STC-NS', 'Văn bản', 'STC-NS', '2024-03-02'], ['415/STC-NS', 'Văn bản', 'STC-NS', '2024-04-09']]);
  });

  it('leaves house numbers and file codes alone', () => {
    expect(recognize('Nhà số 12/3-5 đường Lê Lợi; hồ sơ số 12/HS-2020 đã nộp.').documents).toEqual([]);
  });
});

describe('utils/entities/parse-named-document (round 22)', () => {
  it('reads "pháp luật" as the law in general and keeps the comma inside "Phổ biến, giáo dục pháp luật"', () => {
    expect(recognize('KẾ HOẠCH PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2024\nThực hiện Luật Phổ biến, giáo dục\npháp luật năm 2012.').documents
      .map((d) => [d.surface, d.year])).toEqual([['Luật Phổ biến, giáo dục\npháp luật năm 2012', 2012]]);
  });
});

describe('utils/entities/find-documents (round 22: set 35)', () => {
  it('files an elliptical congress resolution under the one full name of the text', () => {
    expect(docs('Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng, sớm đưa Nghị quyết Đại hội vào cuộc sống.'))
      .toEqual([['Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII', null, 2]]);
  });

  it('keeps a one-letter numeral in a congress\'s name', () => {
    expect(docs('Kết quả thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ X, nhiệm kỳ 2015 - 2020.'))
      .toEqual([['Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ X', null, 1]]);
  });

  it('reads a stray space before a symbol\'s hyphen', () => {
    expect(recognize('Thực hiện Quyết định số 673/QĐ -TTg ngày 10/5/2011.').documents.map((d) => [d.symbol, d.date])).toEqual([['QĐ-TTg', '2011-05-10']]);
  });

  it('reads a law\'s name and number as one citation, and no law in a lawyer', () => {
    expect(recognize('Luật sư Lê Văn An\n\nLuật Kiểm toán nhà nước số 81/2015/QH13 ngày 24/6/2015 quy định.').documents
      .map((d) => [d.surface, d.type, d.symbol, d.year])).toEqual([['Luật Kiểm toán nhà nước số 81/2015/QH13', 'Luật', 'QH13', 2015]]);
  });
});

describe('utils/entities/find-documents (round 22: sets 38-40)', () => {
  it('files a later number-only form under the number-and-year citation', () => {
    expect(docs('Nghị định 41/2013 sửa đổi Nghị định 86/2009. Theo Nghị định 86, lực lượng này thuộc Bộ.'))
      .toEqual([['Nghị định 41/2013', null, 1], ['Nghị định 86/2009', null, 2]]);
  });

  it('reads a number-only form dated in full without "số"', () => {
    expect(recognize('Đánh giá 1 năm thực hiện Nghị quyết 12 ngày 16/3/2022 của Bộ Chính trị.').documents.map((d) => [d.surface, d.date]))
      .toEqual([['Nghị quyết 12', '2022-03-16']]);
  });

  it('still reads a count of days as no citation', () => {
    expect(recognize('Kế hoạch 5 ngày 12/3 đã xong; chương trình 30 ngày đêm.').documents).toEqual([]);
  });
});

describe('utils/entities/parse-document-tail (round 22: the issuer level after the code)', () => {
  it('reads the date after "tỉnh" following the symbol', () => {
    expect(recognize('Sửa đổi Nghị quyết 12/2017/NQ-HĐND tỉnh ngày 8/12/2017 của HĐND tỉnh.').documents.map((d) => d.date)).toEqual(['2017-12-08']);
  });
});

describe('utils/entities/find-documents (round 22: damaged codes and named conclusions)', () => {
  it('reads a space standing for the hyphen before an issuer and files it with the full form', () => {
    expect(docs('Căn cứ Nghị định số 37/2010/NĐ-CP ngày 7/4/2010; sửa đổi Nghị định số 37/2010/NĐ CP ngày 07/4/2010.'))
      .toEqual([['Nghị định số 37/2010/NĐ-CP', 'NĐ-CP', 2]]);
  });

  it('skips the type\'s own abbreviation in parentheses', () => {
    expect(docs('Tổng kết 15 năm thực hiện Nghị quyết (NQ) 32 của Bộ Chính trị.')).toEqual([['Nghị quyết (NQ) 32', null, 1]]);
  });

  it('reads a conference\'s conclusion named by its number', () => {
    expect(recognize('Căn cứ Kết luận Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 10 khóa X ngày 30/6/2017;').documents
      .map((d) => [d.surface, d.type, d.date])).toEqual([['Kết luận Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 10 khóa X', 'Kết luận', '2017-06-30']]);
  });
});

describe('utils/entities/merge-short-forms (round 22: a central issuer with the short form only)', () => {
  it('files "Nghị quyết 57 của Bộ Chính trị" under the one full citation with no issuer', () => {
    expect(docs('Nghị quyết 57-NQ/TW về đột phá khoa học. Tổng Bí thư nhấn mạnh: Nghị quyết 57 của Bộ Chính trị đã chỉ ra.'))
      .toEqual([['Nghị quyết 57-NQ/TW', 'NQ/TW', 2]]);
  });
});

describe('utils/entities/find-documents (round 22: sets 45-48)', () => {
  it('reads a lower-case resolution of a numbered conference with an arabic term', () => {
    expect(docs('Thực hiện nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa 13 về kinh tế.'))
      .toEqual([['nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa 13', null, 1]]);
  });

  it('reads a dotted number with its year, and a notice by number and year', () => {
    expect(recognize('Theo Chỉ thị số 8.256/2019 và Thông báo 347/2019 của tỉnh.').documents.map((d) => [d.number, d.year]))
      .toEqual([['8.256', 2019], ['347', 2019]]);
  });
});
