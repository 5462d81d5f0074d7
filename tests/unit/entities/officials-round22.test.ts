import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';
import { officialsOf as officials } from './officials-of';

describe('utils/entities/find-officials (round 22: comrades, delegates, words that give a post)', () => {
  it.each([
    ['comrades under a shared title with no organ', 'Dự họp có đồng chí Trần Minh Đức - Viện trưởng, các đồng chí Phó viện trưởng Lê Thu Hằng, Hà Tú cùng cán bộ.',
      [['Trần Minh Đức', ['Viện trưởng']], ['Lê Thu Hằng', ['Phó viện trưởng']], ['Hà Tú', ['Phó viện trưởng']]]],
    ['one comrade before a title', 'Chủ trì có đồng chí Trưởng phòng Nguyễn Hải Yến.', [['Nguyễn Hải Yến', ['Trưởng phòng']]]],
    ['a delegate with the delegation after a comma', 'Góp ý dự án luật, đại biểu Đỗ Thị Lan, Đoàn ĐBQH tỉnh, đề nghị làm rõ.', [['Đỗ Thị Lan', ['đại biểu']]]],
    ['a delegate with the delegation in parentheses', 'Đại biểu Vũ Minh Tâm (Phó đoàn Sơn La) nêu ý kiến.', [['Vũ Minh Tâm', ['Đại biểu']]]],
    ['a delegate with the province in parentheses', 'Đại biểu Vũ Minh Tâm (Lai Châu) nêu ý kiến.', [['Vũ Minh Tâm', ['Đại biểu']]]],
    ['"hiện là" between the name and the post', 'Bà Đặng Thu Trang, hiện là Phó Giám đốc Sở Tư pháp, cho biết.', [['Đặng Thu Trang', ['Phó Giám đốc Sở Tư pháp']]]],
    ['"khi đó giữ chức" after a dash', 'Ông Lò Văn Pháp - khi đó giữ chức Chủ tịch UBND huyện - đã ký.', [['Lò Văn Pháp', ['Chủ tịch UBND huyện']]]],
    ['"thời điểm đó là" in parentheses', 'Ông Lò Văn Pháp (thời điểm đó là Phó Chủ tịch UBND xã) đã ký.', [['Lò Văn Pháp', ['Phó Chủ tịch UBND xã']]]],
    ['"từng giữ chức" after a comma', 'Ông Lò Văn Pháp, từng giữ chức Bí thư Huyện ủy, bị bắt.', [['Lò Văn Pháp', ['Bí thư Huyện ủy']]]],
    ['a delegate with the delegation after a dash', 'Đại biểu Đinh Văn Tuấn - Đoàn Hải Dương chất vấn.', [['Đinh Văn Tuấn', ['Đại biểu']]]],
    ['heads of State media', 'Dự họp có Tổng Biên tập Báo Nhân dân Lê Hữu Tài, Tổng Giám đốc Thông tấn xã Việt Nam Phạm Thu Hà.',
      [['Lê Hữu Tài', ['Tổng Biên tập Báo Nhân dân']], ['Phạm Thu Hà', ['Tổng Giám đốc Thông tấn xã Việt Nam']]]],
    ['"Phó CT" and the typo "Bi thư"', 'Có đồng chí Lê Thu Vân, phó Bi thư Đảng ủy, đồng chí Hà Minh Khôi Phó CT UBND xã.',
      [['Lê Thu Vân', ['phó Bi thư Đảng ủy']], ['Hà Minh Khôi', ['Phó CT UBND xã']]]],
    ['a name hard-wrapped after any middle name',
      'Tham dự cuộc họp tại trụ sở có Bộ trưởng Bộ Xây dựng Trần Văn Khang, Bộ trưởng Bộ Tư pháp Lê Khải\nLong, Bộ trưởng Bộ Y tế Đào Hồng Vân.',
      [['Trần Văn Khang', ['Bộ trưởng Bộ Xây dựng']], ['Lê Khải Long', ['Bộ trưởng Bộ Tư pháp']], ['Đào Hồng Vân', ['Bộ trưởng Bộ Y tế']]]],
    ['a headline with no full stop is no wrapped name',
      'Bộ trưởng Ngoại giao Lê Minh An điện đàm với Bộ trưởng Ngoại giao Trung Quốc Vương Nghị\nBộ trưởng Lê Minh An cho biết.',
      [['Lê Minh An', ['Bộ trưởng Ngoại giao', 'Bộ trưởng']], ['Vương Nghị', ['Bộ trưởng Ngoại giao Trung Quốc']]]],
    ['a photo caption\'s place between the name and the post', 'Ông Lê Đình Quân (bìa phải), Chủ tịch UBND huyện, nhận hoa.',
      [['Lê Đình Quân', ['Chủ tịch UBND huyện']]]],
    ['a dismissal "đối với" after the term and a comma', 'HĐND tỉnh miễn nhiệm Chủ tịch UBND tỉnh khóa XV, nhiệm kỳ 2016-2021, đối với ông Lò Văn Tâm.',
      [['Lò Văn Tâm', ['Chủ tịch UBND tỉnh']]]],
    ['a foreign name after the title and an honorific', 'Thủ tướng tiếp Đại sứ Canada tại Việt Nam, ông Peter Hallworth, nhân dịp kết thúc nhiệm kỳ.',
      [['Peter Hallworth', ['Đại sứ Canada tại Việt Nam']]]],
    ['a foreign name right before its title', 'Ông Ivan Petrovsky Chủ tịch chính phủ tỉnh Kaluga tiếp đoàn.', [['Ivan Petrovsky', ['Chủ tịch chính phủ tỉnh Kaluga']]]],
    ['the director of a hospital named after a person', 'Bác sĩ Vũ Hải Nam, Giám đốc Bệnh viện Trưng Vương cho biết.',
      [['Vũ Hải Nam', ['Giám đốc Bệnh viện Trưng Vương']]]],
    ['a move to another post ends the title', 'Ông Hà Văn Lợi, Thứ trưởng Bộ Xây dựng sang làm Chủ tịch UBND tỉnh.',
      [['Hà Văn Lợi', ['Thứ trưởng Bộ Xây dựng']]]],
    ['a grade after a prosecutor', 'Bị cáo Vi Văn Sáu (nguyên kiểm sát viên cao cấp, Phó Viện trưởng VKSND tỉnh) bị tuyên 3 năm tù.',
      [['Vi Văn Sáu', ['nguyên kiểm sát viên cao cấp', 'Phó Viện trưởng VKSND tỉnh']]]],
    ['a political officer', 'Ông Lò Văn Sáu, Chính trị viên phó Ban CHQS huyện, phát biểu.', [['Lò Văn Sáu', ['Chính trị viên phó Ban CHQS huyện']]]],
    ['a head of state named after the People\'s Republic\'s long name and acronym',
      'Chủ tịch nước Cộng hòa Nhân dân (CHND) Trung Hoa Tập Cận Bình, sáng nay, đã hội đàm.',
      [['Tập Cận Bình', ['Chủ tịch nước Cộng hòa Nhân dân Trung Hoa']]]],
    ['a plural title whose holders each carry an aside',
      'Dự có các nguyên Chủ tịch nước Lê Văn An (tại điểm cầu Hà Nam), Phạm Thị Bình (tại điểm cầu Long An); nguyên Thủ tướng Vũ Hữu Chí.',
      [['Lê Văn An', ['nguyên Chủ tịch nước']], ['Phạm Thị Bình', ['nguyên Chủ tịch nước']], ['Vũ Hữu Chí', ['nguyên Thủ tướng']]]],
    ['"đối với" after a term with no comma before it', 'Phê chuẩn miễn nhiệm Phó Chủ tịch UBND tỉnh Sơn La, nhiệm kỳ 2016 - 2021 đối với ông Cầm Văn Hải để nghỉ hưu.',
      [['Cầm Văn Hải', ['Phó Chủ tịch UBND tỉnh Sơn La']]]],
    ['a headline with no full stop above a line opening with the time',
      'Bộ trưởng Bộ Quốc phòng chủ trì lễ đón Bộ trưởng Bộ Quốc phòng Trung Quốc Đổng Quân\nSáng 17-4, lễ đón đã diễn ra.',
      [['Đổng Quân', ['Bộ trưởng Bộ Quốc phòng Trung Quốc']]]],
    ['a plural title over items led by titles of their own, split by ";"',
      'Chủ trì có các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước Lê Văn An; Thủ tướng Chính phủ Trần Hữu Bình.',
      [['Lê Văn An', ['Ủy viên Bộ Chính trị', 'Chủ tịch nước']], ['Trần Hữu Bình', ['Ủy viên Bộ Chính trị', 'Thủ tướng Chính phủ']]]],
    ['a plural title over items led by titles of their own, split by ","',
      'Dự có các Ủy viên Bộ Chính trị: Chủ tịch nước Lê Văn An, Thường trực Ban Bí thư Trần Hữu Bình tham dự.',
      [['Lê Văn An', ['Ủy viên Bộ Chính trị', 'Chủ tịch nước']], ['Trần Hữu Bình', ['Ủy viên Bộ Chính trị', 'Thường trực Ban Bí thư']]]],
    ['a plural title over "name - title" items', 'Dự có các Ủy viên Bộ Chính trị: Lê Văn An - Phó Chủ tịch Quốc hội; Trần Hữu Bình - Bí thư Trung ương Đảng chủ trì.',
      [['Lê Văn An', ['Ủy viên Bộ Chính trị', 'Phó Chủ tịch Quốc hội']], ['Trần Hữu Bình', ['Ủy viên Bộ Chính trị', 'Bí thư Trung ương Đảng']]]],
    ['a role given with "làm" after a name-first post', 'Đoàn do ông Hà Văn Tư, Chủ tịch UBND huyện làm trưởng đoàn đã đến thăm.',
      [['Hà Văn Tư', ['Chủ tịch UBND huyện', 'trưởng đoàn']]]],
    ['a role given with "làm" after a title-first holder', 'Phó Thủ tướng Hà Văn Tư làm Tổ trưởng Tổ công tác.',
      [['Hà Văn Tư', ['Phó Thủ tướng', 'Tổ trưởng Tổ công tác']]]],
    ['a holder surnamed Đoàn after "tỉnh"', 'Phó Chủ tịch UBND tỉnh Đoàn Văn Tiến cùng tham dự.', [['Đoàn Văn Tiến', ['Phó Chủ tịch UBND tỉnh']]]],
    ['the provincial youth union still', 'Ông Lê Văn An, Bí thư Tỉnh đoàn cho biết.', [['Lê Văn An', ['Bí thư Tỉnh đoàn']]]],
    ['an officer after "cán bộ" (cadres) and a comma', 'Giao nhiệm vụ cho cán bộ, Thiếu tướng Vi Văn Mạnh chúc mừng.', [['Vi Văn Mạnh', ['Thiếu tướng']]]],
    ['comrades elected to a bare post', 'Các đồng chí Lê Văn An, Trần Thị Bình, Hà Văn Cư được bầu làm Phó Chủ tịch.',
      [['Lê Văn An', ['Phó Chủ tịch']], ['Trần Thị Bình', ['Phó Chủ tịch']], ['Hà Văn Cư', ['Phó Chủ tịch']]]],
    ['a full name after the title\'s comma, before the verb', 'Phát biểu, Chủ tịch Hội Nông dân tỉnh, Lê Quốc Hùng đánh giá cao kết quả.',
      [['Lê Quốc Hùng', ['Chủ tịch Hội Nông dân tỉnh']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });

  it.each([
    ['people elected to a company\'s board', 'Các ông Lê Văn An, Trần Văn Bình được bầu làm Phó Chủ tịch Hội đồng quản trị.'],
    ['a company director\'s name after the comma', 'Gặp Giám đốc Công ty Bình Minh, Nguyễn Văn An cho biết.'],
    ['the director of an international hospital', 'Bác sĩ Vũ Hải Nam, Giám đốc Bệnh viện Đa khoa Quốc tế Hải Âu cho biết.'],
    ['the director of a cosmetic hospital', 'Bác sĩ Vũ Hải Nam, Giám đốc Bệnh viện Thẩm mỹ Hải Âu cho biết.'],
    ['a comrade who runs a company', 'Có đồng chí Giám đốc Công ty Bình Minh Lê Văn Hải.'],
    ['a delegate of a company\'s meeting', 'Đại biểu Phạm Văn Hòa (Công ty Hòa Phát) nêu ý kiến.'],
    ['a foreign businessman after a private post', 'Chủ tịch Hội Doanh nghiệp Anh, ông John Smith, cho biết.'],
    ['"là" before a company\'s post', 'Ông Lê Văn Khoa, hiện là Giám đốc Công ty Bình Minh, cho biết.'],
  ])('%s is no official', (_label, text) => {
    expect(recognize(text).officials).toEqual([]);
  });

  it('keeps no company post for a comrade named in full', () => {
    expect(officials('Có đồng chí Lê Văn Hải, Giám đốc Công ty Bình Minh.')).toEqual([['Lê Văn Hải', []]]);
  });
});
