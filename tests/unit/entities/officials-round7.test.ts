import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function officials(text: string) {
  return recognize(text).officials.map((o) => ({ name: o.name, titles: o.titles, ranks: o.ranks }));
}

function find(text: string, name: string) {
  return officials(text).find((o) => o.name === name);
}

describe('utils/entities/find-officials (round 7: foreign leaders, mass organisations, bare titles, title boundaries)', () => {
  it.each([
    ['a Chinese leader after "Chủ tịch" and his country', 'Hôm qua, Chủ tịch Trung Quốc Tập Cận Bình tiếp đoàn khách.', 'Tập Cận Bình',
      ['Chủ tịch Trung Quốc'], []],
    ['a Lao president after "Chủ tịch Lào"', 'Ông hội kiến Chủ tịch Lào Thongloun Sisoulith tại Viêng Chăn.', 'Thongloun Sisoulith', ['Chủ tịch Lào'], []],
    ['a leader of a two-word country, the full stop glued to the next sentence',
      'Ông hội đàm với Thủ tướng New Zealand Chris Hipkins.Tại cuộc họp, hai bên nhất trí.', 'Chris Hipkins', ['Thủ tướng New Zealand'], []],
    ['a governor-general', 'Trước đó, ông gặp Toàn quyền Australia David Hurley tại thủ đô.', 'David Hurley', ['Toàn quyền Australia'], []],
    ['a minister of a three-word country', 'Bộ trưởng Ngoại giao Tây Ban Nha Jose Albares thăm Hà Nội.', 'Jose Albares', ['Bộ trưởng Ngoại giao Tây Ban Nha'], []],
    ['a defendant listed after a colon with a former district post',
      'Xét xử các bị cáo: Lê Văn Tám, cựu Trưởng phòng Tài nguyên và Môi trường; Đỗ Văn Hai, cựu Phó Trưởng phòng Nội vụ.',
      'Lê Văn Tám', ['cựu Trưởng phòng Tài nguyên và Môi trường'], []],
    ['the second defendant of that list', 'Xét xử các bị cáo: Lê Văn Tám, cựu Trưởng phòng Tài nguyên và Môi trường; Đỗ Văn Hai, cựu Phó Trưởng phòng Nội vụ.',
      'Đỗ Văn Hai', ['cựu Phó Trưởng phòng Nội vụ'], []],
    ['a lower-case "chủ tịch" of the veterans\' association', 'Dự có Phó chủ tịch thường trực Hội CCB Việt Nam Phạm Văn Khải và các hội viên.',
      'Phạm Văn Khải', ['Phó chủ tịch thường trực Hội CCB Việt Nam'], []],
    ['a women\'s union leader heading a delegation', 'Đoàn công tác do đồng chí Lê Thị Hoa, Phó Chủ tịch Hội LHPN Việt Nam làm trưởng đoàn.',
      'Lê Thị Hoa', ['Phó Chủ tịch Hội LHPN Việt Nam', 'trưởng đoàn'], []],
    ['a Party group title with lower-case "đảng", then a second post', 'Đồng chí Lê Văn Sáu, Bí thư Ban cán sự đảng, Viện trưởng VKSND tỉnh Nghệ An dự.',
      'Lê Văn Sáu', ['Bí thư Ban cán sự đảng', 'Viện trưởng VKSND tỉnh Nghệ An'], []],
    ['a title that stops before the organ opening the next clause',
      'Theo Đại tá Lê Văn Sáu, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Nghệ An, Bộ chỉ huy đã chủ động lập chốt.', 'Lê Văn Sáu',
      ['Chỉ huy trưởng Bộ đội Biên phòng tỉnh Nghệ An'], ['Đại tá']],
    ['a parent organ after the comma still inside the title', 'Thượng tướng Lê Văn Sáu, Cục trưởng Cục Tác chiến, Bộ Tổng Tham mưu phát biểu.',
      'Lê Văn Sáu', ['Cục trưởng Cục Tác chiến, Bộ Tổng Tham mưu'], ['Thượng tướng']],
    ['the first president named by his post', 'Kỷ niệm ngày Chủ tịch Hồ Chí Minh đọc bản Tuyên ngôn Độc lập.', 'Hồ Chí Minh', ['Chủ tịch'], []],
    ['a bare "Chủ tịch" repeated later before the full name',
      'Sáng nay, Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Lê Văn Hai đến thăm. Tại xã, thăm bà Lê Thị Mai, Chủ tịch Lê Văn Hai cho biết sẽ hỗ trợ.',
      'Lê Văn Hai', ['Chủ tịch Ủy ban Trung ương MTTQ Việt Nam', 'Chủ tịch'], []],
  ])('finds %s', (_label, text, name, titles, ranks) => {
    expect(find(text, name)).toEqual({ name, titles, ranks });
  });

  it.each([
    ['a place name holding the president\'s name', 'Đoàn viếng Lăng Chủ tịch Hồ Chí Minh rồi thăm khu di tích Chủ tịch Hồ Chí Minh.'],
    ['a prize named after him', 'Ông được tặng Giải thưởng Chủ tịch Hồ Chí Minh năm ấy.'],
    ['the city in a post', 'Đoàn đến TP Hồ Chí Minh làm việc với các sở.'],
    ['a testament named after him', 'Các em học thuộc Di chúc Chủ tịch Hồ Chí Minh trong giờ học.'],
    ['a bare "Chủ tịch" before a person named with no public post', 'Chủ tịch Trần Văn Ba cho biết công ty sẽ mở rộng sản xuất.'],
    ['a company director before a country', 'Giám đốc Hàn Quốc Kim Min-jae của hãng cũng dự buổi gặp.'],
    ['a company department head', 'Ông Lê Văn Bình, Trưởng phòng Kinh doanh của công ty, cho biết giá tăng.'],
  ])('finds no official in %s', (_label, text) => {
    expect(officials(text)).toEqual([]);
  });

  it('keeps the president\'s name off the city that shares it', () => {
    const r = recognize('Ngày Chủ tịch Hồ Chí Minh ra đi, cả nước để tang. Nay TP Hồ Chí Minh mang tên Người.');
    expect(r.officials.map((o) => [o.name, o.mentions.length])).toEqual([['Hồ Chí Minh', 1]]);
  });

  it('does not take a country of two words into the name', () => {
    expect(officials('Thủ tướng New Zealand Chris Hipkins phát biểu.').map((o) => o.name)).toEqual(['Chris Hipkins']);
  });
});
