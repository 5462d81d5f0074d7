import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function docs(text: string) {
  return recognize(text).documents;
}

describe('utils/entities/date-around', () => {
  it.each<[string, string, string, string]>([
    ['"ban hành ngày" later in the clause', 'Theo Quyết định số 88/QĐ-UBND về việc thành lập ban chỉ đạo do UBND xã ban hành ngày 6-7-2021, ông A làm trưởng ban.',
      'Quyết định số 88/QĐ-UBND', '2021-07-06'],
    ['"ký ngày" right after the symbol', 'Sở căn cứ Công văn số 210/SNV-TCBC ký ngày 15/3/2022 để sắp xếp.',
      'Công văn số 210/SNV-TCBC', '2022-03-15'],
    ['a date in parentheses', 'Nghị định 15/2020/NĐ-CP (ngày 3/2/2020) quy định xử phạt.',
      'Nghị định 15/2020/NĐ-CP', '2020-02-03'],
    ['an issuer acronym between the symbol and its date', 'Áp dụng Nghị quyết số 04/2019/NQ-HĐTP TANDTC ngày 18/6/2019 về án lệ.',
      'Nghị quyết số 04/2019/NQ-HĐTP', '2019-06-18'],
    ['a submission with "số" and a date', 'Thường trực HĐND trình Tờ trình số 512 ngày 3/9/2024 về nhân sự.',
      'Tờ trình số 512', '2024-09-03'],
    ['a notice with "số" and a dashed date', 'Cơ quan điều tra gửi Thông báo số 77 ngày 1-2-2016 cho gia đình.',
      'Thông báo số 77', '2016-02-01'],
  ])('dates %s', (_label, text, surface, date) => {
    const found = docs(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ surface, date });
  });

  it('gives a date stated once to every mention of the same document', () => {
    const found = docs('Ngân hàng Nhà nước đã ban hành Thông tư 01/2024/TT-NHNN ngày 9/1/2024 về thanh toán. Thông tư 01/2024/TT-NHNN thay thế quy định cũ.');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions).toHaveLength(2);
    expect(found[0]!.date).toBe('2024-01-09');
  });

  it.each([
    ['the date it comes into force', 'Thông tư 10/2022/TT-BYT có hiệu lực kể từ ngày 1/1/2023.'],
    ['a date opening the clause before the issuing verb (it dates the event)', 'Ngày 3/5/2022, UBND huyện ban hành Quyết định số 345/QĐ-UBND về giá đất.'],
    ['a date in words before "đã ký"', 'Ngày 14 tháng 2 năm 2024, Sở Y tế đã ký Kế hoạch số 56/KH-SYT về tiêm chủng.'],
    ['a dotted date after "Vào" before the verb', 'Vào ngày 1.9.2023, Bộ Xây dựng vừa ban hành Thông tư 08/2023/TT-BXD về nhà ở.'],
    ['a date before a clause without an issuing verb', 'Từ ngày 1/7/2024, người dân thực hiện theo Nghị định 100/2019/NĐ-CP.'],
    ['a date in the previous sentence', 'Ngày 5/6/2023, đoàn công tác làm việc với huyện. Tỉnh đã ban hành Quyết định số 11/QĐ-UBND.'],
    ['a date that follows "kể từ" before the verb', 'Kể từ ngày 2/3/2021, UBND đã ban hành Quyết định số 19/QĐ-UBND.'],
    ['"ban hành ngày" of another document in the clause', 'Thực hiện Quyết định số 12/QĐ-UBND, Kế hoạch phòng dịch ban hành ngày 2/2/2022 được sửa.'],
  ])('gives no date for %s', (_label, text) => {
    const found = docs(text);
    expect(found).toHaveLength(1);
    expect(found[0]!.date).toBeNull();
  });

  it('reads a symbol with a colon after "số" and a space before the slash', () => {
    const found = docs('Kèm theo Công văn số: 3310 /BYT-KCB ngày 09 tháng 8 năm 2023 của Bộ Y tế.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ number: '3310', symbol: 'BYT-KCB', date: '2023-08-09', issuer: 'Bộ Y tế' });
  });

  it.each([
    ['a count of days after a plain number', 'Tờ trình 3 ngày qua chưa được duyệt.'],
    ['a spaced slash without a type word', 'Tỷ lệ 45 /BTC chưa rõ.'],
  ])('finds no document in %s', (_label, text) => {
    expect(docs(text)).toEqual([]);
  });
});
