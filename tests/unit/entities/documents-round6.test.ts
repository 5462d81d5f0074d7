import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function surfaces(text: string) {
  return recognize(text).documents.flatMap((d) => d.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('utils/entities/find-documents (round 6: "Văn bản" as a type word)', () => {
  it.each([
    ['a ministry letter cited as "Văn bản số"', 'Bộ Y tế đã gửi Văn bản số 352/BYT-KCB tới các sở y tế.', 'Văn bản số 352/BYT-KCB'],
    ['a provincial letter without "số"', 'Thực hiện Văn bản 4120/UBND-VX của UBND tỉnh, các huyện đã rà soát.', 'Văn bản 4120/UBND-VX'],
  ])('finds %s', (_label, text, surface) => {
    const doc = recognize(text).documents[0];
    expect(surfaces(text)).toEqual([surface]);
    expect(doc?.type).toBe('Văn bản');
  });

  it.each([
    ['a bare number', 'Văn bản số 15 đã được gửi đi.'],
    ['a named text without a number', 'Văn bản hướng dẫn của Bộ sẽ được ban hành sau.'],
    ['a "văn bản số" in lower case without a symbol', 'Các văn bản số hóa được lưu trữ tại văn bản số 3 của hồ sơ.'],
  ])('finds no document in %s', (_label, text) => {
    expect(surfaces(text)).toEqual([]);
  });
});
