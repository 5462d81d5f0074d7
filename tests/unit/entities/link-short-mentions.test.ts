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

describe('utils/entities/recognize with officials known from earlier text', () => {
  const earlier = recognize('Đồng chí Lạc Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, dự lễ. Bà Chu Thị Hạnh, Giám đốc Sở Y tế, báo cáo.').officials;

  it('finds their short and full mentions in the new text, under the same key, with only what the new text says', () => {
    const text = 'Phát biểu bế mạc, ông Khải đề nghị các ngành phối hợp. Chu Thị Hạnh cho biết thêm.';
    const found = recognize(text, earlier).officials;
    expect(found.map((o) => [o.key, o.mentions.map((m) => text.slice(m.start, m.end)), o.titles])).toEqual([
      [earlier[0]!.key, ['Khải'], []],
      [earlier[1]!.key, ['Chu Thị Hạnh'], []],
    ]);
  });

  it('reports no official the new text does not mention', () => {
    expect(recognize('Mưa lớn kéo dài ở các xã miền núi.', earlier).officials).toEqual([]);
  });

  it('keeps the new text\'s own officials and titles beside them', () => {
    const text = 'Ông Khải và đồng chí Hà Minh Lợi, Bí thư Huyện ủy, cùng đi kiểm tra.';
    const found = recognize(text, earlier).officials;
    expect(found.map((o) => [o.name, o.titles])).toEqual([['Lạc Văn Khải', []], ['Hà Minh Lợi', ['Bí thư Huyện ủy']]]);
  });

  it('leaves a given name shared by an earlier and a new official unlinked', () => {
    const text = 'Ông Mai Xuân Khải, Chủ tịch UBND huyện, báo cáo. Ông Khải cho biết.';
    const found = recognize(text, earlier).officials;
    expect(found.map((o) => [o.name, o.mentions.length])).toEqual([['Mai Xuân Khải', 1]]);
  });
});
