import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function officials(text: string) {
  return recognize(text).officials.map((o) => ({ name: o.name, titles: o.titles, ranks: o.ranks }));
}

describe('utils/entities/foreign-name', () => {
  it.each([
    ['a US minister with an initial', 'Bộ trưởng tiếp Ngoại trưởng Mỹ Michael R. Pompeo tại Hà Nội.', 'Michael R. Pompeo', ['Ngoại trưởng Mỹ']],
    ['a Japanese prime minister in Japanese order', 'Thủ tướng Nhật Bản Kishida Fumio tới Hà Nội.', 'Kishida Fumio', ['Thủ tướng Nhật Bản']],
    ['a president right after the head', 'Tổng thống Emmanuel Macron phát biểu.', 'Emmanuel Macron', ['Tổng thống']],
    ['an ambassador "tại" the host country', 'Đại sứ đặc mệnh toàn quyền Hàn Quốc tại Việt Nam Park Noh Wan cho biết.', 'Park Noh Wan',
      ['Đại sứ đặc mệnh toàn quyền Hàn Quốc tại Việt Nam']],
  ])('finds %s', (_label, text, name, titles) => {
    expect(officials(text)).toEqual([{ name, titles, ranks: [] }]);
  });

  it('never swallows the country into the name', () => {
    expect(officials('Thủ tướng Nhật Bản Kishida Fumio tới Hà Nội.').map((o) => o.name)).not.toContain('Nhật Bản Kishida');
  });

  it.each([
    ['an acronym after the title', 'Bộ trưởng Ngoại giao ASEAN họp tại Jakarta.'],
    ['a city after the title', 'Thủ tướng Singapore Jakarta Indonesia.'],
  ])('finds no foreign name in %s', (_label, text) => {
    expect(officials(text)).toEqual([]);
  });
});
