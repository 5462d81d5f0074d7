import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function surfaces(text: string): string[][] {
  return recognize(text).officials.map((o) => o.mentions.map((m) => text.slice(m.start, m.end)));
}

describe('utils/entities/link-short-mentions', () => {
  it.each([
    ['title + given name', 'Bí thư Tỉnh ủy Hầu A Lềnh dự lễ. Sau đó, Bí thư Lềnh thăm hỏi bà con.', [['Hầu A Lềnh', 'Lềnh']]],
    ['honorific + given name', 'Ông Vương Đình Hòa, Chủ tịch UBND huyện, cho biết. Theo ông Hòa, mùa màng tốt.', [['Vương Đình Hòa', 'Hòa']]],
    ['the full name repeated', 'Thủ tướng Lê Văn Thành đến thăm. Lê Văn Thành nhấn mạnh yêu cầu.', [['Lê Văn Thành', 'Lê Văn Thành']]],
    ['the government is not a mention of Chính', 'Thủ tướng Phạm Minh Chính chủ trì. Thủ tướng Chính phủ yêu cầu. Thủ tướng Chính nói.',
      [['Phạm Minh Chính', 'Chính']]],
    ['a given name shared by two officials stays unlinked',
      'Ông Trần Văn Nam, Bí thư Huyện ủy và ông Lê Hữu Nam, Chủ tịch UBND huyện dự. Ông Nam phát biểu.',
      [['Trần Văn Nam'], ['Lê Hữu Nam']]],
  ])('links %s', (_label, text, want) => {
    expect(surfaces(text)).toEqual(want);
  });

  it('uses one key for every spelling of a name', () => {
    const a = recognize('Ông Trần Sĩ Thanh, Bí thư Tỉnh ủy, dự họp.').officials[0]!.key;
    const b = recognize('Ông TRẦN SỸ THANH, Bí thư Tỉnh uỷ, dự họp.').officials[0]!.key;
    expect(a).toBe('official:trần sỹ thanh');
    expect(b).toBe(a);
  });
});
