import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';
import { tokenize } from '../../../utils/entities/tokenize';

function officials(text: string) {
  return recognize(text).officials.map((o) => ({ name: o.name, titles: o.titles, ranks: o.ranks }));
}

function find(text: string, name: string) {
  return officials(text).find((o) => o.name === name);
}

describe('utils/entities/find-officials (round 5: appointments, glued words, dashes, courts)', () => {
  it.each([
    ['an ampersand inside a ministry name', 'Bộ trưởng Bộ Nông nghiệp & Phát triển nông thôn Lê Văn Tám đến thăm.', 'Lê Văn Tám',
      ['Bộ trưởng Bộ Nông nghiệp & Phát triển nông thôn'], []],
    ['a former director abbreviated, "cựu" kept', 'Tòa tuyên phạt cựu GĐ Sở TN& MT tỉnh Nguyễn Văn Phú 3 năm tù.', 'Nguyễn Văn Phú',
      ['cựu GĐ Sở TN& MT tỉnh'], []],
    ['"Đ/c" and UVBCH', 'Đ/c Hoàng Thị Lan, UVBCH Trung ương Đảng, Bí thư Tỉnh ủy tặng quà.', 'Hoàng Thị Lan',
      ['UVBCH Trung ương Đảng', 'Bí thư Tỉnh ủy'], []],
    ['PCT for Phó Chủ tịch', 'Đồng chí Lý Văn Sơn - Huyện ủy viên, PCT UBND huyện đến dự.', 'Lý Văn Sơn', ['Huyện ủy viên', 'PCT UBND huyện'], []],
    ['the "Bí thu" typo', 'Đồng chí Đinh Thế Tài - Bí thu Đảng ủy xã đến dự.', 'Đinh Thế Tài', ['Bí thu Đảng ủy xã'], []],
    ['a title glued to the next word', 'Bà Trương Minh Thư, Ủy viênThường vụ, Trưởng ban Dân vận Tỉnh ủy dự lễ.', 'Trương Minh Thư',
      ['Ủy viênThường vụ', 'Trưởng ban Dân vận Tỉnh ủy'], []],
    ['a name glued to an acronym', 'Phát biểu có Trưởng ban công tác đại biểu QHLê Thị Nga.', 'Lê Thị Nga', ['Trưởng ban công tác đại biểu QH'], []],
    ['a holder after a spaced dash', 'Phó Bí thư Thường trực Tỉnh ủy Bắc Ninh - Nguyễn Văn Quân cùng đoàn đến thăm.', 'Nguyễn Văn Quân',
      ['Phó Bí thư Thường trực Tỉnh ủy Bắc Ninh'], []],
    ['an honorific after the dash', 'Bí thư Đảng ủy xã Hòa Bình - đồng chí Lê Văn Hậu báo cáo.', 'Lê Văn Hậu', ['Bí thư Đảng ủy xã Hòa Bình'], []],
    ['a place shaped like a name before the dash', 'Bí thư Huyện ủy Yên Phong - Lê Thanh Tâm tiếp đoàn.', 'Lê Thanh Tâm',
      ['Bí thư Huyện ủy Yên Phong'], []],
    ['", Bộ …" continuing the title', 'Thủ tướng bổ nhiệm Trung tướng Lê Văn Dũng, Cục trưởng Cục Quân lực, Bộ Tổng Tham mưu giữ chức Tư lệnh.',
      'Lê Văn Dũng', ['Cục trưởng Cục Quân lực, Bộ Tổng Tham mưu', 'Tư lệnh'], ['Trung tướng']],
    ['a deputy chief of staff', 'Đại tá Phan Văn Hùng, Phó Tham mưu trưởng Quân khu 7, giữ chức Phó Tư lệnh.', 'Phan Văn Hùng',
      ['Phó Tham mưu trưởng Quân khu 7', 'Phó Tư lệnh'], ['Đại tá']],
    ['"Phó trưởng Ban tổ chức" in lower case', 'Ông Phạm Văn Hải, Phó trưởng Ban tổ chức Tỉnh ủy cùng dự.', 'Phạm Văn Hải',
      ['Phó trưởng Ban tổ chức Tỉnh ủy'], []],
    ['"Phó Ban" as a head', 'Bà Vũ Thị Mai, Phó Ban Tổ chức Trung ương Hội Nông dân Việt Nam phát biểu.', 'Vũ Thị Mai',
      ['Phó Ban Tổ chức Trung ương Hội Nông dân Việt Nam'], []],
    ['a Lao name after a long organ', 'Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước Bounthong Chitmany tiếp đoàn.',
      'Bounthong Chitmany', ['Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước'], []],
    ['the supreme court', 'Đồng chí Hà Văn Tư, Chánh án Tòa án nhân dân tối cao phát biểu.', 'Hà Văn Tư', ['Chánh án Tòa án nhân dân tối cao'], []],
    ['a presiding judge', 'Tại tòa, Chủ tọa Lê Thị Hằng, Phó chánh Tòa hình sự, TAND tỉnh Cao Bằng, điểm danh.', 'Lê Thị Hằng',
      ['Phó chánh Tòa hình sự, TAND tỉnh Cao Bằng'], []],
    ['a former post in parentheses', 'Bị cáo Lâm Thị Hoa (cựu Phó giám đốc Sở Xây dựng tỉnh Cao Bằng) nhận án.', 'Lâm Thị Hoa',
      ['cựu Phó giám đốc Sở Xây dựng tỉnh Cao Bằng'], []],
    ['a long department name before the parent organ', 'Bị cáo Đỗ Văn Khải (nguyên Phó trưởng phòng Tổ chức và Quản lý nhân sự y tế, Sở Y tế tỉnh Cao Bằng) nhận án.',
      'Đỗ Văn Khải', ['nguyên Phó trưởng phòng Tổ chức và Quản lý nhân sự y tế, Sở Y tế tỉnh Cao Bằng'], []],
    ['a team deputy "thuộc" a department', 'Bị cáo Trịnh Văn Lực (nguyên Phó đội trưởng thuộc Phòng An ninh chính trị nội bộ, Công an tỉnh Cao Bằng) nhận án.',
      'Trịnh Văn Lực', ['nguyên Phó đội trưởng thuộc Phòng An ninh chính trị nội bộ, Công an tỉnh Cao Bằng'], []],
    ['a committee name with "các"', 'Dự có Chủ nhiệm UB các vấn đề xã hội Hà Thị Lan.', 'Hà Thị Lan', ['Chủ nhiệm UB các vấn đề xã hội'], []],
    ['a committee name with lower-case "và"', 'Dự có Chủ nhiệm UB Khoa học và công nghệ môi trường Lê Quang Huy.', 'Lê Quang Huy',
      ['Chủ nhiệm UB Khoa học và công nghệ môi trường'], []],
    ['a department named in lower case after its first word', 'Bị cáo Lê Văn Sáu, nguyên Phó giám đốc Sở Văn Hóa thể thao và du lịch kiêm Giám đốc Trung tâm tỉnh.',
      'Lê Văn Sáu', ['nguyên Phó giám đốc Sở Văn Hóa thể thao và du lịch', 'Giám đốc Trung tâm tỉnh'], []],
    ['the "Phó thủ trướng" typo', 'Đồng chí Đào Văn Tuấn, Ủy viên Bộ Chính trị, Phó thủ trướng Chính phủ, Bộ trưởng Bộ Ngoại giao dự.', 'Đào Văn Tuấn',
      ['Ủy viên Bộ Chính trị', 'Phó thủ trướng Chính phủ', 'Bộ trưởng Bộ Ngoại giao'], []],
    ['a holder after "đối với"', 'UBND tỉnh vừa có quyết định cách chức Phó Chủ tịch UBND huyện Mường Tè đối với ông Vàng A Chư.', 'Vàng A Chư',
      ['Phó Chủ tịch UBND huyện Mường Tè'], []],
  ])('reads %s', (_label, text, name, titles, ranks) => {
    expect(find(text, name)).toEqual({ name, titles, ranks });
  });

  it.each([
    ['an apposition vouched for by an election', 'Ông Trần Văn Bình, Phó viện trưởng thường trực, được HĐND tỉnh bầu giữ cương vị Viện trưởng Viện Kiểm sát nhân dân tỉnh.',
      'Trần Văn Bình', ['Phó viện trưởng thường trực', 'Viện trưởng Viện Kiểm sát nhân dân tỉnh']],
    ['"được Quốc hội bầu giữ chức"', 'Ông Bình thay ông Lê Văn Hòa vừa được Quốc hội bầu giữ chức Chánh án Tòa án nhân dân tối cao.',
      'Lê Văn Hòa', ['Chánh án Tòa án nhân dân tối cao']],
    ['"đã được bầu làm" with a Hmong middle name', 'Kết quả, ông Sùng A Páo đã được bầu làm Phó Chủ tịch UBND tỉnh Hà Giang.',
      'Sùng A Páo', ['Phó Chủ tịch UBND tỉnh Hà Giang']],
  ])('gives the post to %s', (_label, text, name, titles) => {
    expect(find(text, name)?.titles).toEqual(titles);
  });

  it.each([
    ['"đang đảm nhiệm chức danh"', 'Thư ký cho biết bà Lò Thị Mai – vợ của ông Bình có đơn xin vắng mặt. Bà Mai đang đảm nhiệm chức danh PGĐ Sở Y tế tỉnh Sơn La.',
      'Lò Thị Mai', ['PGĐ Sở Y tế tỉnh Sơn La']],
    ['"hiện đương chức"', 'Bà Đặng Thị Thu cũng vắng mặt. Bà Thu hiện đương chức Phó chủ tịch HĐND tỉnh.', 'Đặng Thị Thu', ['Phó chủ tịch HĐND tỉnh']],
  ])('gives the post of a short "bà X" mention (%s) to the full name named earlier', (_label, text, name, titles) => {
    const o = recognize(text).officials.find((x) => x.name === name);
    expect(o?.titles).toEqual(titles);
    expect(o?.mentions.length).toBe(2);
  });

  it('finds no official for a short mention without an earlier full name', () => {
    expect(officials('Ông Hòa đang giữ chức Giám đốc Sở Tài chính.')).toEqual([]);
  });

  it('gives a shared plural title to the first name of each ";" item', () => {
    const found = officials('Dự có các đồng chí Phó Chủ tịch UBND tỉnh: Thượng tá Hà Văn An - Ủy viên Thường vụ; ông Lưu Minh Đức; '
      + 'bà Tô Thị Hạnh và ông Mai Văn Lộc - Giám đốc Sở Tài chính.');
    const titles = Object.fromEntries(found.map((o) => [o.name, o.titles]));
    expect(titles).toEqual({
      'Hà Văn An': ['Phó Chủ tịch UBND tỉnh', 'Ủy viên Thường vụ'],
      'Lưu Minh Đức': ['Phó Chủ tịch UBND tỉnh'],
      'Tô Thị Hạnh': ['Phó Chủ tịch UBND tỉnh'],
      'Mai Văn Lộc': ['Giám đốc Sở Tài chính'],
    });
  });

  it('gives a shared plural title to a last name after "và" without an apposition of its own', () => {
    const found = officials('Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Văn Phương; Lê Thị Thu Hằng và Hoàng Văn Tiến.');
    expect(found.map((o) => [o.name, o.titles])).toEqual([
      ['Nguyễn Văn Phương', ['Phó Chủ tịch UBND tỉnh']], ['Lê Thị Thu Hằng', ['Phó Chủ tịch UBND tỉnh']], ['Hoàng Văn Tiến', ['Phó Chủ tịch UBND tỉnh']],
    ]);
  });

  it.each([
    ['a company chair with an apposition and no election', 'Ông Trần Văn Bình, Phó giám đốc điều hành, được khen thưởng.'],
    ['an apposition elected to a private post', 'Ông Trần Văn Bình, Phó giám đốc điều hành, được bầu giữ chức Chủ tịch HĐQT Công ty Sao Mai.'],
    ['a singular title before a ";" list', 'Phó Chủ tịch UBND tỉnh: Hà Văn An; ông Lưu Minh Đức; bà Tô Thị Hạnh.'],
    ['a brand ambassador', 'Ca sĩ Trần Thu Hà - đại sứ thương hiệu - tham gia sự kiện.'],
    ['a brand name glued in camel case', 'Khách hàng mua TikTok Shop và VinFast tại Hà Nội.'],
  ])('finds no extra official for %s', (_label, text) => {
    expect(officials(text).map((o) => o.name)).not.toContain('Lưu Minh Đức');
    expect(officials(text).map((o) => o.name)).not.toContain('Trần Văn Bình');
    expect(officials(text).filter((o) => o.name.includes('Tok') || o.name.includes('Fast') || o.name.includes('Thu Hà'))).toEqual([]);
  });

  it.each([
    ['viênThường vụ', ['viên', 'Thường', 'vụ']],
    ['QHNguyễn Thị', ['QH', 'Nguyễn', 'Thị']],
    ['McCain TTr iPhone UBND', ['McCain', 'TTr', 'iPhone', 'UBND']],
  ])('splits "%s" where the case turns, keeping short mixed-case words whole', (text, words) => {
    const tokens = tokenize(text, text.toLowerCase());
    expect(Array.from({ length: tokens.count }, (_, i) => text.slice(tokens.start[i], tokens.end[i]))).toEqual(words);
  });
});
