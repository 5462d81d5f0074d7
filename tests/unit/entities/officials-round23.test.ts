import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';
import { officialsOf as officials } from './officials-of';

describe('utils/entities/find-officials (round 23: parentheses, places, foreign leaders)', () => {
  it.each([
    ['the places above a commune in parentheses', 'Chiều 5/3, Chủ tịch UBND xã Hòa Lộc (huyện Lục Nam, tỉnh Bắc Giang) Trần Văn Tình cho biết.',
      [['Trần Văn Tình', ['Chủ tịch UBND xã Hòa Lộc (huyện Lục Nam, tỉnh Bắc Giang)']]]],
    ['a town and its province in parentheses, the province bare', 'Chủ tịch UBND phường Bắc Hà (thị xã Hồng Lĩnh, Hà Tĩnh) Lê Thị Hoa ký.',
      [['Lê Thị Hoa', ['Chủ tịch UBND phường Bắc Hà (thị xã Hồng Lĩnh, Hà Tĩnh)']]]],
    ['"TP." inside the parentheses', 'Chủ tịch UBND xã An Bình (huyện Gia Lâm, TP. Hà Nội) Vũ Đức Hậu chủ trì.',
      [['Vũ Đức Hậu', ['Chủ tịch UBND xã An Bình (huyện Gia Lâm, TP. Hà Nội)']]]],
    ['an acronym written in parts', 'Theo Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn (NN-PTNT) Lương Văn Kiên, mùa vụ đạt.',
      [['Lương Văn Kiên', ['Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn (NN-PTNT)']]]],
    ['three syllables with a rare family name after the city', 'Phó Chủ tịch UBND TP. Đà Nẵng Đàm Quang Vịnh dự lễ.',
      [['Đàm Quang Vịnh', ['Phó Chủ tịch UBND TP. Đà Nẵng']]]],
    ['"tái cử chức"', 'Ông Lý Văn Tám tái cử chức Chủ tịch Hội Nông dân huyện Bảo Lâm, nhiệm kỳ 2023 - 2028.',
      [['Lý Văn Tám', ['Chủ tịch Hội Nông dân huyện Bảo Lâm']]]],
    ['"tái cử" with no "chức"', 'Bà Hà Thị Lựu tái cử Chủ tịch Hội Liên hiệp Phụ nữ tỉnh.', [['Hà Thị Lựu', ['Chủ tịch Hội Liên hiệp Phụ nữ tỉnh']]]],
    ['a leader named by the family name alone', 'Sau hội đàm, Tổng thống Macron và Thủ tướng Nga Mishustin gặp báo chí.',
      [['Macron', ['Tổng thống']], ['Mishustin', ['Thủ tướng Nga']]]],
    ['the family name alone joins the full name met before', 'Thủ tướng tiếp Ngoại trưởng Mỹ Antony Blinken. Ngoại trưởng Blinken cảm ơn.',
      [['Antony Blinken', ['Ngoại trưởng Mỹ', 'Ngoại trưởng']]]],
    ['the East Asian order: the family name first', 'Hội đàm với Thủ tướng Nhật Bản Ishiba Shigeru. Thủ tướng Ishiba bày tỏ vui mừng.',
      [['Ishiba Shigeru', ['Thủ tướng Nhật Bản', 'Thủ tướng']]]],
    ['a country transliterated syllable by syllable', 'Thủ tướng Ma-lai-xi-a An-oa I-bra-him hội đàm.', [['An-oa I-bra-him', ['Thủ tướng Ma-lai-xi-a']]]],
    ['Cambodian styles transliterated before the name', 'Thủ tướng Cam-pu-chia Xăm-đéc Tê-chô Hun Ma-nét tiếp đoàn.',
      [['Hun Ma-nét', ['Thủ tướng Cam-pu-chia']]]],
    ['a career list with no pronoun before it', 'Ông Lò Văn Hải, Bí thư Tỉnh ủy, sinh năm 1975. Ông Hải từng trải qua các vị trí công tác như Bí thư Tỉnh đoàn, Chủ tịch UBND huyện Mường Tè.',
      [['Lò Văn Hải', ['Bí thư Tỉnh ủy', 'Bí thư Tỉnh đoàn', 'Chủ tịch UBND huyện Mường Tè']]]],
    ['a career list after "kinh qua nhiều chức vụ …:"', 'Bà Đinh Thị Lụa, Phó Chủ tịch UBND tỉnh. Bà Lụa kinh qua nhiều chức vụ ở địa phương: Bí thư Huyện ủy Đà Bắc; Trưởng Ban Dân vận Tỉnh ủy.',
      [['Đinh Thị Lụa', ['Phó Chủ tịch UBND tỉnh', 'Bí thư Huyện ủy Đà Bắc', 'Trưởng Ban Dân vận Tỉnh ủy']]]],
    ['an approval\'s list after "đối với:", items split by ";"',
      'Phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh đối với: bà Lê Thị Mơ, Tỉnh ủy viên; ông Vi Văn Tám, ông Hà Đức Chín.',
      [['Lê Thị Mơ', ['Phó Chủ tịch UBND tỉnh', 'Tỉnh ủy viên']], ['Vi Văn Tám', ['Phó Chủ tịch UBND tỉnh']], ['Hà Đức Chín', ['Phó Chủ tịch UBND tỉnh']]]],
    ['"Thường trực" heading a post before a former post', 'Ông Trần Văn Lộc, Thường trực Tiểu ban Văn kiện, nguyên Bí thư Tỉnh ủy, tới dự.',
      [['Trần Văn Lộc', ['Thường trực Tiểu ban Văn kiện', 'nguyên Bí thư Tỉnh ủy']]]],
    ['a byline cell above a blank line is no table row', 'Tin tức\n\nLÊ MINH |\n\nChủ tịch Quốc hội Trần Văn Phú đã ký ban hành nghị quyết.',
      [['Trần Văn Phú', ['Chủ tịch Quốc hội']]]],
    ['a committee\'s purpose with no "về"', 'Chủ tịch Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Lào Trần Văn Ninh chủ trì.',
      [['Trần Văn Ninh', ['Chủ tịch Ủy ban Chỉ đạo hợp tác song phương Việt Nam - Lào']]]],
    ['the head of a UN agency\'s office', 'Trưởng đại diện Tổ chức Y tế thế giới tại Việt Nam Maria Lopez phát biểu.',
      [['Maria Lopez', ['Trưởng đại diện Tổ chức Y tế thế giới tại Việt Nam']]]],
    ['the head of a State economic group, its acronym and a dash before the name',
      'Chủ tịch HĐTV Tập đoàn Dầu khí Việt Nam (PVN) – Lê Văn Nam chủ trì cuộc họp.', [['Lê Văn Nam', ['Chủ tịch HĐTV Tập đoàn Dầu khí Việt Nam']]]],
    ['an acronym between the post and "đối với"', 'Bộ đã cách chức Chủ tịch Ủy ban Chứng khoán Nhà nước (UBCKNN) đối với ông Lê Hữu Tâm.',
      [['Lê Hữu Tâm', ['Chủ tịch Ủy ban Chứng khoán Nhà nước']]]],
    ['an acronym before the name', 'Tổng Giám đốc Sở Giao dịch Chứng khoán Hà Nội (HNX) Trần Văn Hậu phát biểu.',
      [['Trần Văn Hậu', ['Tổng Giám đốc Sở Giao dịch Chứng khoán Hà Nội (HNX)']]]],
    ['"TVTU" among the posts', 'Dự có đồng chí Lò Thị Mai, TVTU, Trưởng Ban Dân vận Tỉnh ủy; các đại biểu.',
      [['Lò Thị Mai', ['TVTU', 'Trưởng Ban Dân vận Tỉnh ủy']]]],
    ['a headline ending with no stop above a dated lead', 'Thiếu tướng Hà Văn Tâm giữ chức Phó Tư lệnh Quân khu 2 của Quân đội nhân dân Việt Nam\nNgày 5/3, Bộ Quốc phòng tổ chức lễ.',
      [['Hà Văn Tâm', ['Thiếu tướng', 'Phó Tư lệnh Quân khu 2 của Quân đội nhân dân Việt Nam']]]],
    ['a post given in the passive to "đồng chí" after the name', 'Bộ trưởng gửi điện mừng tới đồng chí Lý Minh Khải, nhân dịp đồng chí được bổ nhiệm giữ chức Bộ trưởng Bộ Thương mại Trung Quốc.',
      [['Lý Minh Khải', ['Bộ trưởng Bộ Thương mại Trung Quốc']]]],
    ['a photo credit after a caption\'s dash', 'Ông Lò Văn Puông, Chủ tịch UBND xã Chiềng Ơn - Ảnh: Minh Hà', [['Lò Văn Puông', ['Chủ tịch UBND xã Chiềng Ơn']]]],
    ['what the person does after a caption\'s dash', 'Ông Vũ Văn Hải, Chủ tịch HĐND xã – Chủ trì hội nghị.', [['Vũ Văn Hải', ['Chủ tịch HĐND xã']]]],
    ['the Party committee of the Front and the mass organisations', 'Bà Hà Thu Trang, Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương phát biểu.',
      [['Hà Thu Trang', ['Phó Bí thư Đảng ủy MTTQ, các đoàn thể Trung ương']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it.each([
    ['a country after the head', 'Tổng thống Ukraine và Tổng thống Pháp điện đàm.'],
    ['a Vietnamese word after the head', 'Tổng thống Mỹ cho biết. Thủ tướng Singapore nói.'],
    ['a transliterated country is no name', 'Đại sứ Ai-len và Tổng thống U-crai-na phát biểu.'],
    ['no place in the parenthesis', 'Chủ tịch UBND xã (nhiệm kỳ mới) cho biết.'],
    ['a ward\'s three-syllable name is no holder', 'Ban Thường vụ Đảng ủy phường Tân Sơn Nhì đã họp.'],
    ['a company\'s representative office', 'Ông Lê Văn Hùng, Trưởng đại diện Công ty ABC tại Hà Nội, cho biết.'],
    ['a private group\'s chairman', 'Chủ tịch HĐQT Tập đoàn Hòa Bình (HBC) Lê Viết Hải cho biết.'],
  ] as const)('no official: %s', (_label, text) => {
    expect(recognize(text).officials).toEqual([]);
  });
});
