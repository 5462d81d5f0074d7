import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function docs(text: string) {
  return recognize(text).documents.map((d) => ({ surface: d.surface, type: d.type, number: d.number, symbol: d.symbol, date: d.date }));
}

describe('utils/entities/find-documents (round 7: a lower-case "văn bản số" with a full symbol)', () => {
  it.each([
    ['after "có"', 'Hôm qua, UBND tỉnh có văn bản số 1234/UBND-KT về việc phòng dịch.',
      { surface: 'văn bản số 1234/UBND-KT', type: 'Văn bản', number: '1234', symbol: 'UBND-KT', date: null }],
    ['with its date after it', 'Theo chỉ đạo tại văn bản số 56/UBND-VX ngày 3/4/2019 về tổ chức lễ kỷ niệm.',
      { surface: 'văn bản số 56/UBND-VX', type: 'Văn bản', number: '56', symbol: 'UBND-VX', date: '2019-04-03' }],
  ])('finds a citation %s', (_label, text, doc) => {
    expect(docs(text)).toEqual([doc]);
  });

  it.each([
    ['a bare number', 'Huyện đã gửi văn bản số 12 cho các xã.'],
    ['a symbol without an issuer code', 'Sở có văn bản số 56/SYT gửi các bệnh viện.'],
    ['a letter\'s symbol with no type word', 'Xem 88/UBND-VX để biết thêm.'],
    ['a phone number', 'Mọi văn bản xin gửi về, hoặc gọi số điện thoại 0912-345-678.'],
  ])('finds no citation in %s', (_label, text) => {
    expect(docs(text)).toEqual([]);
  });
});
