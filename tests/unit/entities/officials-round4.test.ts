import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function officials(text: string) {
  return recognize(text).officials.map((o) => ({ name: o.name, titles: o.titles, ranks: o.ranks }));
}

describe('utils/entities/find-officials (posts, ranks and names seen in real news)', () => {
  it.each([
    ['a traffic-police station chief', 'Thiếu tá Hồ Văn Khang, Trạm trưởng Trạm CSGT số 4 nhận nhiệm vụ.', 'Hồ Văn Khang', ['Trạm trưởng Trạm CSGT số 4'], ['Thiếu tá']],
    ['a deputy team leader', 'Đại úy Mạc Thị Liên, Đội phó Đội CSGT số 3 cho biết.', 'Mạc Thị Liên', ['Đội phó Đội CSGT số 3'], ['Đại úy']],
    ['a ministry spokesperson', 'Thiếu tướng Lò Văn Pấng, Người phát ngôn Bộ Công an cho biết.', 'Lò Văn Pấng', ['Người phát ngôn Bộ Công an'], ['Thiếu tướng']],
    ['a provincial committee member abbreviated', 'Ông Hà Văn Kiên - TUV, Giám đốc Sở Y tế phát biểu.', 'Hà Văn Kiên', ['TUV', 'Giám đốc Sở Y tế'], []],
    ['a village Party cell secretary', 'Ông Lò Văn Pấng, Bí thư chi bộ bản tiếp đoàn.', 'Lò Văn Pấng', ['Bí thư chi bộ bản'], []],
    ['a title cut at "nhiệm kỳ"', 'Ông Vi Văn Sơn, Bí thư Huyện ủy nhiệm kỳ 2020-2025 dự họp.', 'Vi Văn Sơn', ['Bí thư Huyện ủy'], []],
  ])('reads %s', (_label, text, name, titles, ranks) => {
    expect(officials(text)).toEqual([{ name, titles, ranks }]);
  });

  it('keeps "Chuẩn đô đốc" whole as a rank', () => {
    expect(officials('Chuẩn đô đốc Trịnh Văn Hải – Phó Tư lệnh Vùng 2 Hải quân dự.')[0]!.ranks).toEqual(['Chuẩn đô đốc']);
  });

  it('reads a five-syllable Ê Đê name after an organ in the title', () => {
    expect(officials('Dự có Chủ tịch Hội đồng Dân tộc Y Bih Niê Kdăm Ksơr.').map((o) => o.name)).toEqual(['Y Bih Niê Kdăm Ksơr']);
  });

  it('keeps a given name typed in lower case after a ranked middle name', () => {
    expect(officials('Đó là Thượng tướng Lê Văn tâm (sinh năm 1960) và Trung tướng Cao Minh Tú.').map((o) => o.name))
      .toEqual(['Lê Văn tâm', 'Cao Minh Tú']);
  });

  it('does not take a title after a ranked name for a second name', () => {
    expect(officials('Trung tướng Đào Văn Lực, Người phát ngôn Bộ Quốc phòng nói.').map((o) => o.name)).toEqual(['Đào Văn Lực']);
  });

  it('does not count a company spokesperson', () => {
    expect(officials('Ông Đào Văn Lực, Người phát ngôn Công ty Thép Hòa Phát nói.')).toEqual([]);
  });
});
