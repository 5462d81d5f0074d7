import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

type Want = { name: string; titles: string[]; ranks?: string[] };

function officials(text: string): Want[] {
  return recognize(text).officials.map((o) => ({ name: o.name, titles: o.titles, ranks: o.ranks }));
}

describe('utils/entities/find-officials', () => {
  it.each<[string, string, Want[]]>([
    ['name first with comma-separated titles',
      'Đồng chí Lê Minh Khôi, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh phát biểu khai mạc.',
      [{ name: 'Lê Minh Khôi', titles: ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Chủ tịch HĐND tỉnh'] }]],
    ['title first, name last',
      'Phó Thủ tướng Bùi Quang Lộc kiểm tra công trình.',
      [{ name: 'Bùi Quang Lộc', titles: ['Phó Thủ tướng'] }]],
    ['two-syllable name after a title', 'Chủ tịch nước Lương Cường tiếp đoàn.',
      [{ name: 'Lương Cường', titles: ['Chủ tịch nước'] }]],
    ['several titles before the name',
      'Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Đinh Văn Tuấn chủ trì buổi làm việc.',
      [{ name: 'Đinh Văn Tuấn', titles: ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy Hà Nội'] }]],
    ['province name right before the person',
      'Chủ tịch UBND tỉnh Quảng Ngãi Trần Hoàng Vũ trao quà.',
      [{ name: 'Trần Hoàng Vũ', titles: ['Chủ tịch UBND tỉnh Quảng Ngãi'] }]],
    ['glued hyphen separator', 'Có mặt đồng chí Phạm Thị Hồng-Phó Bí thư Thường trực Tỉnh ủy.',
      [{ name: 'Phạm Thị Hồng', titles: ['Phó Bí thư Thường trực Tỉnh ủy'] }]],
    ['hyphen with a space after only', 'Đồng chí Vũ Đức Hải- Uỷ viên Ban Thường vụ Tỉnh uỷ dự buổi lễ.',
      [{ name: 'Vũ Đức Hải', titles: ['Uỷ viên Ban Thường vụ Tỉnh uỷ'] }]],
    ['en dash separator', 'Ông Hồ Sĩ Tuấn – Giám đốc Sở Văn hóa, Thể thao và Du lịch cho biết thêm.',
      [{ name: 'Hồ Sĩ Tuấn', titles: ['Giám đốc Sở Văn hóa, Thể thao và Du lịch'] }]],
    ['title in parentheses', 'Ông Ngô Văn Bình (Phó Chủ tịch UBND huyện) trả lời cử tri.',
      [{ name: 'Ngô Văn Bình', titles: ['Phó Chủ tịch UBND huyện'] }]],
    ['comma only starts a new title before a head',
      'Đồng chí Trịnh Văn Nam, Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh, Chánh Thanh tra tỉnh phát biểu.',
      [{ name: 'Trịnh Văn Nam', titles: ['Phó Trưởng Ban Chỉ đạo phòng, chống tham nhũng tỉnh', 'Chánh Thanh tra tỉnh'] }]],
    ['hyphen inside a council name', 'Ông Đặng Văn Kha, Ủy viên Hội đồng Quốc phòng - An ninh, đã ký.',
      [{ name: 'Đặng Văn Kha', titles: ['Ủy viên Hội đồng Quốc phòng - An ninh'] }]],
    ['list split by semicolons',
      'Tham dự có các đồng chí: Lò Văn Pấng, Bí thư Tỉnh ủy; Cầm Thị Lan, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh; Sùng A Dế, Trưởng Ban Dân vận Tỉnh ủy.',
      [{ name: 'Lò Văn Pấng', titles: ['Bí thư Tỉnh ủy'] },
        { name: 'Cầm Thị Lan', titles: ['Phó Bí thư Tỉnh ủy', 'Chủ tịch UBND tỉnh'] },
        { name: 'Sùng A Dế', titles: ['Trưởng Ban Dân vận Tỉnh ủy'] }]],
    ['two people joined by và',
      'Đồng chí Lâm Văn Sáu, Bí thư Huyện ủy và đồng chí Tạ Thị Mơ, Chủ tịch UBND huyện cùng dự.',
      [{ name: 'Lâm Văn Sáu', titles: ['Bí thư Huyện ủy'] }, { name: 'Tạ Thị Mơ', titles: ['Chủ tịch UBND huyện'] }]],
    ['shared plural title with a colon',
      'Tiếp xúc cử tri có các đại biểu Quốc hội: Hà Văn Lợi, Nông Thị Xuân, Triệu Đức Mạnh.',
      [{ name: 'Hà Văn Lợi', titles: ['đại biểu Quốc hội'] }, { name: 'Nông Thị Xuân', titles: ['đại biểu Quốc hội'] },
        { name: 'Triệu Đức Mạnh', titles: ['đại biểu Quốc hội'] }]],
    ['shared plural title without a colon',
      'Dự buổi lễ có các Phó Chủ tịch HĐND tỉnh Mai Văn Quý, Đỗ Thị Thoa.',
      [{ name: 'Mai Văn Quý', titles: ['Phó Chủ tịch HĐND tỉnh'] }, { name: 'Đỗ Thị Thoa', titles: ['Phó Chủ tịch HĐND tỉnh'] }]],
    ['abbreviations UVTW, ĐBQH', 'Ông Kiều Văn Thọ, UVTW, Trưởng Đoàn ĐBQH tỉnh dự hội nghị.',
      [{ name: 'Kiều Văn Thọ', titles: ['UVTW', 'Trưởng Đoàn ĐBQH tỉnh'] }]],
    ['abbreviations with inner dots', 'Bà Huỳnh Thị Lệ - Chủ tịch UB.MTTQ Tp.HCM; ông Âu Văn Phúc - Phó Chủ tịch UBND TP. Cần Thơ.',
      [{ name: 'Huỳnh Thị Lệ', titles: ['Chủ tịch UB.MTTQ Tp.HCM'] }, { name: 'Âu Văn Phúc', titles: ['Phó Chủ tịch UBND TP. Cần Thơ'] }]],
    ['T.Ư abbreviation', 'Đồng chí Lê Quốc Phong, UVT.Ư Đảng, Bí thư Tỉnh ủy đến thăm.',
      [{ name: 'Lê Quốc Phong', titles: ['UVT.Ư Đảng', 'Bí thư Tỉnh ủy'] }]],
    ['all-caps name', 'Đồng chí NGUYỄN VĂN HÙNG, Bí thư Đảng ủy xã, phát biểu.',
      [{ name: 'NGUYỄN VĂN HÙNG', titles: ['Bí thư Đảng ủy xã'] }]],
    ['military rank kept apart', 'Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng, dự lễ.',
      [{ name: 'Hoàng Xuân Chiến', titles: ['Thứ trưởng Bộ Quốc phòng'], ranks: ['Thượng tướng'] }]],
    ['title, then rank and name', 'Giám đốc Công an tỉnh Hà Tĩnh, Đại tá Mạc Văn Hưng chỉ đạo lực lượng.',
      [{ name: 'Mạc Văn Hưng', titles: ['Giám đốc Công an tỉnh Hà Tĩnh'], ranks: ['Đại tá'] }]],
    ['a rank alone makes an official', 'Thiếu tướng Đoàn Văn Thạnh cho biết lực lượng đã sẵn sàng.',
      [{ name: 'Đoàn Văn Thạnh', titles: [], ranks: ['Thiếu tướng'] }]],
    ['academic prefix kept apart', 'PGS.TS Tạ Ngọc Tấn, nguyên Phó Chủ tịch Hội đồng Lý luận Trung ương, nhận định.',
      [{ name: 'Tạ Ngọc Tấn', titles: ['nguyên Phó Chủ tịch Hội đồng Lý luận Trung ương'], ranks: ['PGS.TS'] }]],
    ['acting title kept', 'Quyền Chủ tịch UBND tỉnh Lê Ngọc Tuấn ký quyết định.',
      [{ name: 'Lê Ngọc Tuấn', titles: ['Quyền Chủ tịch UBND tỉnh'] }]],
    ['lower-case head', 'Bà Mẫn Thị Ngọc, đại biểu quốc hội chuyên trách, chất vấn.',
      [{ name: 'Mẫn Thị Ngọc', titles: ['đại biểu quốc hội chuyên trách'] }]],
    ['title chain stops at a clause subject',
      'Đồng chí Phùng Văn Tiến, Phó Bí thư Tỉnh ủy, Ban Tổ chức Tỉnh ủy đã tham mưu tốt.',
      [{ name: 'Phùng Văn Tiến', titles: ['Phó Bí thư Tỉnh ủy'] }]],
    ['ethnic-minority name in a list', 'Dự có các đồng chí: Y Thanh Hà Niê Kđăm, Phó Chủ tịch Ủy ban Dân tộc của Quốc hội.',
      [{ name: 'Y Thanh Hà Niê Kđăm', titles: ['Phó Chủ tịch Ủy ban Dân tộc của Quốc hội'] }]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want.map((w) => ({ ranks: [], ...w })));
  });

  it.each([
    ['a trader', 'Anh Lê Văn Tám, thương lái ở huyện Phong Điền, cho biết giá lúa tăng.'],
    ['a farmer with an address', 'Bà Trần Thị Nở, thôn Đông, xã Tân Lập, huyện Đan Phượng trồng bưởi.'],
    ['an athlete', 'Vận động viên Nguyễn Thị Oanh giành huy chương vàng.'],
    ['a company chairman', 'Ông Phạm Nhật Quang, Chủ tịch HĐQT Công ty cổ phần Minh Long, chia sẻ.'],
    ['a company director', 'Bà Lý Thị Hoa - Giám đốc Công ty TNHH Hoa Sen cho biết đơn hàng tăng.'],
    ['unnamed plural title', 'Cùng dự có các đồng chí Phó Chủ tịch UBND tỉnh; lãnh đạo các sở.'],
    ['a commune list after a colon', 'Đoàn đến các xã: Tân Phong, Hòa Bình, Minh Đức.'],
    ['a place after a title', 'Bí thư Tỉnh ủy Lạng Sơn đã chủ trì hội nghị.'],
    ['a byline in capitals', 'Hội nghị kết thúc tốt đẹp.\n\nVŨ HOÀNG LONG'],
    ['a nominee for a post', 'Quốc hội bầu Thủ tướng Chính phủ là ai vẫn chưa công bố.'],
    ['an unnamed title', 'Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh ủy nhấn mạnh yêu cầu.'],
  ])('finds no official in %s', (_label, text) => {
    expect(officials(text)).toEqual([]);
  });
});
