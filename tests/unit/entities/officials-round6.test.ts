import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function officials(text: string) {
  return recognize(text).officials.map((o) => ({ name: o.name, titles: o.titles, ranks: o.ranks }));
}

function find(text: string, name: string) {
  return officials(text).find((o) => o.name === name);
}

describe('utils/entities/find-officials (round 6: foreign names, rare surnames, military and council posts)', () => {
  it.each([
    ['a Korean given name joined by a hyphen', 'Tổng thống Hàn Quốc Moon Jae-in tiếp đoàn đại biểu.', 'Moon Jae-in', ['Tổng thống Hàn Quốc'], []],
    ['a hyphenated given name before a comma', 'Hôm qua, Thủ tướng Hàn Quốc Chung Un-chan, người vừa nhậm chức, phát biểu.', 'Chung Un-chan',
      ['Thủ tướng Hàn Quốc'], []],
    ['a monarch', 'Đoàn chúc mừng Quốc vương Sisowath Monivong và Hoàng gia.', 'Sisowath Monivong', ['Quốc vương'], []],
    ['a spokesperson of a public office', 'Phát ngôn viên Văn phòng Tổng thống Hàn Quốc Park Min-ji cho biết như vậy.', 'Park Min-ji',
      ['Phát ngôn viên Văn phòng Tổng thống Hàn Quốc'], []],
    ['the rare surname Chung after a committee', 'Tại buổi lễ, UVBTV, Trưởng Ban Dân vận Huyện ủy Chung Thị Lụa phát biểu.', 'Chung Thị Lụa',
      ['UVBTV', 'Trưởng Ban Dân vận Huyện ủy'], []],
    ['UVTV standing alone before the post', 'Có mặt các đồng chí: Hà Văn Bình - UVTV, Phó Chủ tịch UBND tỉnh; Lê Thị Hoa - UVTV, Trưởng Ban Dân vận Tỉnh ủy.',
      'Hà Văn Bình', ['UVTV', 'Phó Chủ tịch UBND tỉnh'], []],
    ['a division commander', 'Đại tá Trần Minh Đức - Sư đoàn trưởng Sư đoàn 9 thuộc Quân đoàn 4, nhận nhiệm vụ mới.', 'Trần Minh Đức',
      ['Sư đoàn trưởng Sư đoàn 9 thuộc Quân đoàn 4'], ['Đại tá']],
    ['a member of a national university council', 'Dự có ông Lê Quang Tùng, Thành viên Hội đồng Đại học Quốc gia Hà Nội.', 'Lê Quang Tùng',
      ['Thành viên Hội đồng Đại học Quốc gia Hà Nội'], []],
    ['a rank right after a date glued to it', 'Thời sự - 02/04/2022Thượng tá Vi Văn Lâm, Trưởng Công an huyện cho biết vụ việc đã rõ.', 'Vi Văn Lâm',
      ['Trưởng Công an huyện'], ['Thượng tá']],
    ['a sentence whose full stop lost its space', 'Đoàn ở lại hai ngày.Phát ngôn viên Văn phòng Chính phủ Nguyễn Thị Lan cho biết thêm.', 'Nguyễn Thị Lan',
      ['Phát ngôn viên Văn phòng Chính phủ'], []],
    ['a Chinese leader read in Sino-Vietnamese', 'Chiều nay, Chủ tịch nước Tập Cận Bình tiếp đoàn đại biểu.', 'Tập Cận Bình', ['Chủ tịch nước'], []],
    ['a former post in parentheses after the current one',
      'Bị can Lê Văn Tú, Phó Trưởng phòng Nội vụ huyện Quỳ Hợp (nguyên Chánh Văn phòng UBND huyện này), đã bị bắt.', 'Lê Văn Tú',
      ['Phó Trưởng phòng Nội vụ huyện Quỳ Hợp', 'nguyên Chánh Văn phòng UBND huyện này'], []],
    ['a title that stops before the post stood for', 'Ông Trần Văn Lộc, đại biểu HĐND tỉnh khóa IX ứng cử chức danh Phó Chủ tịch UBND tỉnh.',
      'Trần Văn Lộc', ['đại biểu HĐND tỉnh'], []],
    ['a name broken by a hard line wrap', 'Sáng nay, Bộ trưởng Bộ Tài chính Đỗ Văn\nMinh tham dự hội nghị và phát biểu.', 'Đỗ Văn Minh',
      ['Bộ trưởng Bộ Tài chính'], []],
    ['an interview speaker line under the title', 'Bí thư Tỉnh ủy\nLê Quốc Phong: Chúng tôi đã làm rất nhiều việc.', 'Lê Quốc Phong',
      ['Bí thư Tỉnh ủy'], []],
    ['a foreign holder after a capitalised organ', 'Ông gặp Chủ tịch Thượng viện Chea Sim và các nghị sĩ.', 'Chea Sim', ['Chủ tịch Thượng viện'], []],
    ['a committee on social affairs "của Quốc hội"', 'Tiếp đó, Chủ nhiệm Ủy ban Xã hội của Quốc hội Trần Thị Hằng trình bày tờ trình.',
      'Trần Thị Hằng', ['Chủ nhiệm Ủy ban Xã hội của Quốc hội'], []],
    ['an abbreviated title glued to the name', 'Về dự có đ/c Lương Văn Hòa UVBTV – PCT UBND huyện và lãnh đạo xã.', 'Lương Văn Hòa',
      ['UVBTV', 'PCT UBND huyện'], []],
  ])('finds %s', (_label, text, name, titles, ranks) => {
    expect(find(text, name)).toEqual({ name, titles, ranks });
  });

  it.each([
    ['a hyphenated Korean name', 'Thủ tướng Hàn Quốc Moon Jae-in tới Hà Nội.', 'Moon Jae'],
  ])('does not cut %s at the hyphen', (_label, text, cut) => {
    expect(officials(text).map((o) => o.name)).not.toContain(cut);
  });

  it.each([
    ['a long lower-case word after the hyphen', 'Tổng thống Hàn Quốc Moon Jae-inkorean tiếp đoàn.', 'Moon Jae'],
  ])('keeps the hyphen tail short: %s', (_label, text, name) => {
    expect(officials(text).map((o) => o.name)).toEqual([name]);
  });

  it.each([
    ['a district before a former post in parentheses', 'Ông Hồ Văn Nam, Trưởng phòng Tư pháp huyện Yên Định (nguyên Phó Chủ tịch UBND huyện).', 'Yên Định'],
    ['a place name wrapped onto the next line', 'Đoàn gặp Bí thư Tỉnh ủy Lê Văn\nHà Nội và các tỉnh.', 'Lê Văn Hà Nội'],
    ['a name followed by an abbreviation without an honorific', 'Lương Văn Hòa UVBTV phát biểu.', 'Lương Văn Hòa'],
    ['a Sino-Vietnamese word without a title', 'Tập Cận Bình nói.', 'Tập Cận Bình'],
  ])('does not take %s for a person', (_label, text, notName) => {
    expect(officials(text).map((o) => o.name)).not.toContain(notName);
  });

  it('keeps web addresses and abbreviations whole', () => {
    expect(officials('Xem thêm tại baochinhphu.vn.Ông nói thêm.')).toEqual([]);
    expect(find('Chủ tịch UBND TP.Hồ Chí Minh Phan Văn Mãi phát biểu.', 'Phan Văn Mãi')?.titles).toEqual(['Chủ tịch UBND TP.Hồ Chí Minh']);
  });
});
