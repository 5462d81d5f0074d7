import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function names(text: string): string[] {
  return recognize(text).officials.map((o) => o.name).sort();
}

describe('utils/entities/name-run (ethnic-minority names)', () => {
  it.each<[string, string, string[]]>([
    ['a five-syllable Ê Đê name after a sentence-initial honorific',
      'Ông Y Khoa Bkrông Êban Mlô, Bí thư Huyện ủy Lắk, phát biểu tại buổi lễ.', ['Y Khoa Bkrông Êban Mlô']],
    ['a "Y" name right after an organ in capitals',
      'Chủ tịch Hội đồng Dân tộc Y Minh Niê Kdam làm việc với tỉnh.', ['Y Minh Niê Kdam']],
    ['a Thái surname outside the Kinh list', 'Có mặt ông Lèo Văn Khánh, Bí thư Đảng ủy xã Mường Lạn.', ['Lèo Văn Khánh']],
    ['names listed before "tiếp tục được bầu giữ chức"',
      'Hội nghị bầu các đồng chí Rah Lan Phú, Trịnh Văn Mạnh tiếp tục được bầu giữ chức Phó Bí thư Tỉnh ủy.',
      ['Rah Lan Phú', 'Trịnh Văn Mạnh']],
    ['a holder who "tiếp tục giữ chức"', 'Đồng chí Khổng Minh Tâm tiếp tục giữ chức Bí thư Huyện ủy khóa mới.', ['Khổng Minh Tâm']],
  ])('finds %s', (_label, text, want) => {
    expect(names(text)).toEqual(want);
  });

  it('keeps "Y Tế" inside a ministry name', () => {
    expect(names('Bộ trưởng Bộ Y Tế Đặng Văn Khôi kiểm tra bệnh viện.')).toEqual(['Đặng Văn Khôi']);
  });
});
