import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';
import { officialsOf as officials } from './officials-of';


const SIGNED = 'Quyết định này có hiệu lực kể từ ngày ký./.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\n\nLê Văn Khoa';

describe('utils/entities/find-officials (round 12: ages, "các ông:", terms after a comma, closing names, signatures)', () => {
  it.each([
    ['an age between the name and the title', 'Ông Lê Văn Khoa, 55 tuổi, Chủ tịch UBND tỉnh Hải Dương phát biểu.',
      [['Lê Văn Khoa', ['Chủ tịch UBND tỉnh Hải Dương']]]],
    ['"gồm các ông:" and ";" between the names, a term after a comma',
      'Bộ Chính trị chuẩn y 3 Phó Bí thư Tỉnh ủy Sơn La khóa 16, nhiệm kỳ 2025-2030, gồm các ông: Lò Minh Hùng; Nguyễn Đình Việt; Chá A Của.',
      [['Lò Minh Hùng', ['Phó Bí thư Tỉnh ủy Sơn La']], ['Nguyễn Đình Việt', ['Phó Bí thư Tỉnh ủy Sơn La']], ['Chá A Của', ['Phó Bí thư Tỉnh ủy Sơn La']]]],
    ['"là các ông:" after a counted former post', 'Trung ương khai trừ 2 nguyên Bí thư Tỉnh ủy là các ông: Phạm Văn Vọng, Ngô Đức Vượng.',
      [['Phạm Văn Vọng', ['nguyên Bí thư Tỉnh ủy']], ['Ngô Đức Vượng', ['nguyên Bí thư Tỉnh ủy']]]],
    ['an international organisation with its acronym in parentheses',
      'Theo lời mời của Chủ tịch Liên minh Nghị viện Thế giới (IPU) Maria Santos và Tổng thư ký IPU Martin Chungong.',
      [['Maria Santos', ['Chủ tịch Liên minh Nghị viện Thế giới (IPU)']], ['Martin Chungong', ['Tổng thư ký IPU']]]],
    ['a list item naming the holder last, after a long title',
      '1. Đại sứ đặc mệnh toàn quyền nước Cộng hòa xã hội chủ nghĩa Việt Nam tại New Zealand kiêm nhiệm Cộng hòa Fiji và Nhà nước Độc lập Samoa, Tạ Văn Thông.',
      [['Tạ Văn Thông', ['Đại sứ đặc mệnh toàn quyền nước Cộng hòa xã hội chủ nghĩa Việt Nam tại New Zealand kiêm nhiệm Cộng hòa Fiji và Nhà nước Độc lập Samoa']]]],
    ['a Lao name written syllable by syllable', 'Đoàn có đồng chí My Na Phon Xay Sổm Phu-Phó Bí thư Tỉnh ủy tỉnh Attapeu.',
      [['My Na Phon Xay Sổm Phu', ['Phó Bí thư Tỉnh ủy tỉnh Attapeu']]]],
    ['the signer under a State body\'s signature block', SIGNED, [['Lê Văn Khoa', ['PHÓ CHỦ TỊCH']]]],
    ['a minister\'s signature', 'Nơi nhận: như trên.\n\nBỘ TRƯỞNG\n\nLê Văn Khoa', [['Lê Văn Khoa', ['BỘ TRƯỞNG']]]],
    ['"được chỉ định tiếp tục giữ chức"', 'Ông Lê Văn Khoa được chỉ định tiếp tục giữ chức Bí thư Tỉnh ủy Cà Mau.', [['Lê Văn Khoa', ['Bí thư Tỉnh ủy Cà Mau']]]],
    ['a counted lower-case post with its list after a colon, under a public organ',
      'Thường trực UBND thành phố gồm Chủ tịch và 3 phó chủ tịch: ông Lê Văn Khoa, ông Phạm Minh Đạt, bà Trần Thị Hảo.',
      [['Lê Văn Khoa', ['phó chủ tịch']], ['Phạm Minh Đạt', ['phó chủ tịch']], ['Trần Thị Hảo', ['phó chủ tịch']]]],
    ['a Cambodian delegation', 'Tham gia đoàn gồm có: ngài Thống tướng Tia Sok, Phó Thủ tướng, Bộ trưởng Bộ Quốc phòng; ngài Ung Xiên, Quốc vụ khanh Bộ Ngoại giao.',
      [['Tia Sok', ['Thống tướng', 'Phó Thủ tướng', 'Bộ trưởng Bộ Quốc phòng']], ['Ung Xiên', ['Quốc vụ khanh Bộ Ngoại giao']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });

  it.each([
    ['a company director\'s signature', 'Nơi nhận: như trên.\n\nGIÁM ĐỐC\n\n\nTrần Thị Hảo'],
    ['a place after the title\'s comma', 'Phó Chủ tịch UBND tỉnh, Hà Nội.'],
    ['two Vietnamese names run together after an honorific', 'Đồng chí Lê Văn Khoa Trần Văn Bình Nguyễn Hải, Chủ tịch công ty.'],
    ['a counted post with a colon list and no public organ', 'Công ty có 3 phó giám đốc: ông Lê Văn Khoa, ông Phạm Minh Đạt, bà Trần Thị Hảo.'],
  ])('%s is no official', (_label, text) => {
    expect(recognize(text).officials).toEqual([]);
  });
});

describe('utils/entities/foreign-name (styles before a name)', () => {
  it('leaves a Khmer style out of the name and the title', () => {
    expect(officials('Đây là chuyến thăm của Thủ tướng Campuchia Samdech Akka Moha Sena Padei Techo Hun Sen.'))
      .toEqual([['Hun Sen', ['Thủ tướng Campuchia']]]);
  });
});

describe('utils/entities/find-officials (round 13: organ words)', () => {
  it.each([
    ['a Khmer name after "Ngài", a ministry of international cooperation', 'Ngài Pờ Rạ Khon, Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế dự.',
      [['Pờ Rạ Khon', ['Bộ trưởng Bộ Ngoại giao và Hợp tác quốc tế']]]],
    ['a consul "tại TP.HCM"', 'Ông Trác Lôi Minh, Tổng Lãnh sự Trung Quốc tại TP.HCM phát biểu.', [['Trác Lôi Minh', ['Tổng Lãnh sự Trung Quốc tại TP.HCM']]]],
    ['an honorary chair of the Red Cross', 'Ông Lê Văn Khoa, Chủ tịch danh dự Hội Chữ thập đỏ Việt Nam dự.', [['Lê Văn Khoa', ['Chủ tịch danh dự Hội Chữ thập đỏ Việt Nam']]]],
    ['a border post commander', 'Trung tá Lê Văn Khoa, Đồn trưởng Đồn Biên phòng cửa khẩu Ma Lù Thàng làm trưởng đoàn.',
      [['Lê Văn Khoa', ['Trung tá', 'Đồn trưởng Đồn Biên phòng cửa khẩu', 'trưởng đoàn']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });
});
