import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function names(text: string): string[] {
  return recognize(text).officials.map((o) => o.name).sort();
}

describe('utils/entities/list-after-title', () => {
  it.each<[string, string, string[]]>([
    ['holders after "gồm" with honorifics and a shared "các ông"',
      'Tỉnh ủy hiện có ba Phó Bí thư Tỉnh ủy, gồm bà Lò Thị Mến và các ông Hà Văn Khởi, Đinh Công Sử.',
      ['Hà Văn Khởi', 'Lò Thị Mến', 'Đinh Công Sử']],
    ['holders after "được chỉ định gồm:" with parenthesised titles',
      'Các Phó Bí thư Huyện ủy được chỉ định gồm: Mai Văn Toản (Chủ tịch UBND huyện), Tô Thị Liễu, Kha Văn Bằng.',
      ['Kha Văn Bằng', 'Mai Văn Toản', 'Tô Thị Liễu']],
    ['holders after "đó là" with an apposition and a semicolon',
      'UBND thành phố có năm Phó Chủ tịch UBND, đó là ông Võ Tấn Lộc, Ủy viên Ban Thường vụ Thành ủy; bà Trịnh Ngọc Yến và ông Lạc Văn Đồng.',
      ['Lạc Văn Đồng', 'Trịnh Ngọc Yến', 'Võ Tấn Lộc']],
  ])('finds %s', (_label, text, want) => {
    expect(names(text)).toEqual(want);
  });

  it('keeps the apposition title of a listed holder', () => {
    const text = 'Các Phó Bí thư Tỉnh ủy gồm ông Lâm Quốc Bảo, Chủ tịch UBND tỉnh; bà Hứa Thị Nhàn.';
    const bao = recognize(text).officials.find((o) => o.name === 'Lâm Quốc Bảo');
    expect(bao?.titles).toContain('Chủ tịch UBND tỉnh');
  });

  it.each<[string, string]>([
    ['an uncounted title followed by "là"', 'Bí thư Tỉnh ủy đã khẳng định rằng đây là Tết của mọi nhà.'],
    ['a counted title whose sentence goes on with a capital', 'Có ba Phó Chủ tịch UBND tỉnh Lâm Đồng tham dự gồm nhiều người.'],
  ])('finds no list in %s', (_label, text) => {
    expect(names(text)).toEqual([]);
  });
});
