import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';
import { officialsOf as officials } from './officials-of';


describe('utils/entities/find-officials (round 16: long Lao names, friendship societies, trials, institutions)', () => {
  it.each([
    ['a Lao name longer than fourteen letters, a friendship society',
      'Chủ tịch nước tiếp Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước Sinlavong Khoutphaythoune và Chủ tịch Hội Hữu nghị Lào - Việt Nam Boviengkham Vongdala.',
      [['Sinlavong Khoutphaythoune', ['Chủ tịch Ủy ban Trung ương Mặt trận Lào xây dựng đất nước']], ['Boviengkham Vongdala', ['Chủ tịch Hội Hữu nghị Lào - Việt Nam']]]],
    ['a university named after a person is no holder', 'Kỷ luật ông Lê Văn An, nguyên Bí thư Đảng ủy, nguyên Hiệu trưởng Trường Đại học Hồng Đức.',
      [['Lê Văn An', ['nguyên Bí thư Đảng ủy', 'nguyên Hiệu trưởng Trường Đại học Hồng Đức']]]],
    ['a defendant\'s former post in parentheses, with its parent organs', '20 bị cáo gồm: Hoàng Văn Hưng (cựu Trưởng phòng 5, Cơ quan An ninh điều tra, Bộ Công an) án chung thân.',
      [['Hoàng Văn Hưng', ['cựu Trưởng phòng 5, Cơ quan An ninh điều tra, Bộ Công an']]]],
    ['a secretary to a deputy minister', 'Phạm Trung Kiên (cựu Thư ký Thứ trưởng Y tế) án chung thân.', [['Phạm Trung Kiên', ['cựu Thư ký Thứ trưởng Y tế']]]],
    ['a post after a long aside inside the parentheses',
      'Tuyên phạt Phan Hữu Tuấn (sinh năm 1955, trú tại quận Tây Hồ, TP Hà Nội, nguyên Phó Tổng cục trưởng thuộc Bộ Công an, đã nghỉ hưu) 7 năm tù.',
      [['Phan Hữu Tuấn', ['nguyên Phó Tổng cục trưởng thuộc Bộ Công an']]]],
    ['two holders of one title joined by "và" at the end of the clause', 'Tham gia phiên tòa có kiểm sát viên cao cấp Vũ Văn Biểu và Lê Thị Thu Hà.',
      [['Vũ Văn Biểu', ['kiểm sát viên cao cấp']], ['Lê Thị Thu Hà', ['kiểm sát viên cao cấp']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });

  it.each([
    ['a farmer\'s aside in parentheses', 'Ông Lê Văn An (sinh năm 1970, trú tại xã Tân Lập), chủ trang trại, cho biết.'],
  ])('%s is no official', (_label, text) => {
    expect(recognize(text).officials).toEqual([]);
  });

  it('does not give a title to a second name that has its own apposition', () => {
    expect(officials('Bộ trưởng Lê Văn Khoa và Trần Văn Bình, Giám đốc công ty, dự.')).toEqual([['Lê Văn Khoa', ['Bộ trưởng']]]);
  });
});

describe('utils/entities/find-officials (round 17: cabinets, committees of the National Assembly, bylines, elections, flat signatures)', () => {
  it.each([
    ['a deputy chief cabinet secretary', 'Ông Sakai Manabu, Phó Chánh văn phòng Nội các Nhật Bản dự.', [['Sakai Manabu', ['Phó Chánh văn phòng Nội các Nhật Bản']]]],
    ['a committee named "Văn hóa, Giáo dục của Quốc hội"', 'Ủy viên Trung ương Đảng: Chủ nhiệm Ủy ban Văn hoá, Giáo dục của Quốc hội Nguyễn Đắc Vinh; Chủ nhiệm Văn phòng Chủ tịch nước Lê Khánh Hải.',
      [['Nguyễn Đắc Vinh', ['Chủ nhiệm Ủy ban Văn hoá, Giáo dục của Quốc hội']], ['Lê Khánh Hải', ['Chủ nhiệm Văn phòng Chủ tịch nước']]]],
    ['"tái đắc cử" right before the post', 'Ông Lê Diễn tái đắc cử Chủ tịch UBND tỉnh.', [['Lê Diễn', ['Chủ tịch UBND tỉnh']]]],
    ['a byline in capitals, a blank line, then the post', 'Tựa bài\n\nTS. NGÔ VĂN VỊNH\n\nPhó Trưởng Khoa Luật, Học viện Chính trị Công an nhân dân.',
      [['NGÔ VĂN VỊNH', ['TS', 'Phó Trưởng Khoa Luật, Học viện Chính trị Công an nhân dân']]]],
    ['no byline above a title line that names its own holder', 'Tiếp Đại sứ chào từ biệt\n\nChu Văn\nThủ tướng Phạm Minh Chính tin tưởng Đại sứ.',
      [['Phạm Minh Chính', ['Thủ tướng']]]],
    ['the title\'s own abbreviation in parentheses left out', 'Khi các đại biểu Quốc hội (ĐBQH) Nguyễn Quốc Thước, Nguyễn Ngọc Trân đã chất vấn.',
      [['Nguyễn Quốc Thước', ['đại biểu Quốc hội']], ['Nguyễn Ngọc Trân', ['đại biểu Quốc hội']]]],
    ['a number before "năm tù" is no part of the title', 'Tòa án tuyên phạt bị cáo Võ Văn Chánh, cựu Phó Chủ tịch UBND tỉnh 2 năm tù.',
      [['Võ Văn Chánh', ['cựu Phó Chủ tịch UBND tỉnh']]]],
    ['ĐB for a deputy', 'ĐB Vương Thị Hương (Hà Giang) kể rằng bà bấm nút sớm nhất.', [['Vương Thị Hương', ['ĐB']]]],
    ['a signature block flattened onto one line', '- Chủ tịch các Phó Chủ tịch UBND tỉnh; - Lưu: VT, KTN (10b) KT CHỦ TỊCH PHÓ CHỦ TỊCH Lưu Văn Bản',
      [['Lưu Văn Bản', ['PHÓ CHỦ TỊCH']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });
});

describe('utils/entities/find-officials (round 18: approvals, re-elections, parent organs in parentheses, apostrophes)', () => {
  it.each([
    ['an approval naming two holders after "đối với"', 'Ủy ban Thường vụ Quốc hội phê chuẩn kết quả bầu: Phó Chủ tịch HĐND tỉnh Phú Yên khóa VIII đối với ông Lê Thanh Đồng và ông Nguyễn Tấn Chân kể từ ngày 15/6.',
      [['Lê Thanh Đồng', ['Phó Chủ tịch HĐND tỉnh Phú Yên']], ['Nguyễn Tấn Chân', ['Phó Chủ tịch HĐND tỉnh Phú Yên']]]],
    ['a comma before "tái đắc cử"', 'Tỉnh bầu ông Vũ Quang Tiến, tái đắc cử Phó Chủ tịch HĐND tỉnh.', [['Vũ Quang Tiến', ['Phó Chủ tịch HĐND tỉnh']]]],
    ['the parent organ in parentheses', 'Các bị can gồm Văn Xuân Hùng, cựu trưởng phòng Giá (Sở Tài chính); Trần Công Tỏ, cựu trưởng phòng Tài chính doanh nghiệp (Sở Tài chính Thanh Hóa). Các bị can nộp tiền.',
      [['Văn Xuân Hùng', ['cựu trưởng phòng Giá (Sở Tài chính)']], ['Trần Công Tỏ', ['cựu trưởng phòng Tài chính doanh nghiệp (Sở Tài chính Thanh Hóa)']]]],
    ['an apostrophe in a foreign name', "Đoàn có Bộ trưởng Nông nghiệp New Zealand Damien O'Connor dự.", [["Damien O'Connor", ['Bộ trưởng Nông nghiệp New Zealand']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });
});

describe('utils/entities/find-officials (round 19: discipline notices, periods in office, two modifiers)', () => {
  it.each([
    ['posts stripped "đối với ông …", with periods in office', 'Ban Bí thư quyết định xóa tư cách chức vụ chủ tịch UBND tỉnh Thanh Hóa giai đoạn 2015 - 2020, phó chủ tịch UBND tỉnh Thanh Hóa giai đoạn 2012 - 2014 đối với ông Nguyễn Đình Xứng.',
      [['Nguyễn Đình Xứng', ['chủ tịch UBND tỉnh Thanh Hóa', 'phó chủ tịch UBND tỉnh Thanh Hóa']]]],
    ['two terms joined by "và"', 'Xóa tư cách chức vụ Chủ tịch UBND tỉnh Đồng Nai nhiệm kỳ 2011 – 2016 và nhiệm kỳ 2016 – 2021 đối với ông Đinh Quốc Thái do vi phạm.',
      [['Đinh Quốc Thái', ['Chủ tịch UBND tỉnh Đồng Nai']]]],
    ['"nguyên quyền"', 'Kỷ luật cảnh cáo ông Nguyễn Mạnh Dũng (nguyên quyền Bí thư Tỉnh ủy Hà Giang).', [['Nguyễn Mạnh Dũng', ['nguyên quyền Bí thư Tỉnh ủy Hà Giang']]]],
    ['a province\'s delegation is no person surnamed Đoàn', 'Đại biểu Quốc hội khóa XV Đoàn Quảng Ninh; Đồng chí Vũ Hồng Thanh dự.', [['Vũ Hồng Thanh', []]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });

  it('reads a law named in lower case with its year', () => {
    expect(recognize('Căn cứ Luật tổ chức chính quyền địa phương 2015;').documents.map((d) => [d.surface, d.year]))
      .toEqual([['Luật tổ chức chính quyền địa phương 2015', 2015]]);
  });
});

describe('utils/entities/find-officials (round 20: advisers)', () => {
  it.each([
    ['a special adviser to a prime minister', 'Ông Izumi Hiroto, Cố vấn đặc biệt Thủ tướng Nhật Bản dự.', [['Izumi Hiroto', ['Cố vấn đặc biệt Thủ tướng Nhật Bản']]]],
    ['a policy adviser of the cabinet office', 'Cố vấn chính sách đối ngoại Văn phòng Thủ tướng và Nội các Faith Mitchell dự.',
      [['Faith Mitchell', ['Cố vấn chính sách đối ngoại Văn phòng Thủ tướng và Nội các']]]],
    ['a company\'s legal adviser', 'Ông Lê Văn An, cố vấn pháp lý của công ty Minh Phát cho biết.', []],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });
});

describe('utils/entities (after the last blind run: list numbers glued to type words, the Constitution, commands)', () => {
  it('splits a list number glued to the next capitalised word', () => {
    const text = '- 1Luật Ngân sách Nhà nước 2002\n- 2Luật khiếu nại 2011\n- 6Nghị quyết 759/2014/UBTVQH13 quy định chi tiết';
    expect(recognize(text).documents.map((d) => d.surface)).toEqual(['Luật Ngân sách Nhà nước 2002', 'Luật khiếu nại 2011', 'Nghị quyết 759/2014/UBTVQH13']);
  });

  it('reads the Constitution with its year right after the word', () => {
    expect(recognize('Theo Hiến pháp 2013, Quốc hội là cơ quan đại biểu cao nhất.').documents.map((d) => [d.surface, d.year])).toEqual([['Hiến pháp 2013', 2013]]);
  });

  it.each([
    ['a command (Bộ Tư lệnh) is an organ, not a post', 'Tại đặc khu Phú Quốc, Bộ Tư lệnh Vùng Cảnh sát biển 4 đã tổ chức nhiều hoạt động.', []],
    ['its commander', 'Thiếu tướng Lê Văn An, Tư lệnh Vùng Cảnh sát biển 4 phát biểu.', [['Lê Văn An', ['Thiếu tướng', 'Tư lệnh Vùng Cảnh sát biển 4']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });
});

describe('utils/entities/find-officials (round 21: residence clauses, numbered units, national parks)', () => {
  it.each([
    ['a residence clause between the name and the post in parentheses',
      'Các bị can gồm: Trần Văn Công (SN 1960), trú tại phường Đông Hải, Tp.Thanh Hóa (nguyên Chủ tịch UBND huyện Quảng Xương); Chu Đức Khương (SN 1979), trú tại phường Quảng Cát (Trưởng phòng Tài nguyên và Môi trường huyện Quảng Xương).',
      [['Trần Văn Công', ['nguyên Chủ tịch UBND huyện Quảng Xương']], ['Chu Đức Khương', ['Trưởng phòng Tài nguyên và Môi trường huyện Quảng Xương']]]],
    ['a farmer with the same shape', 'Ông Lê Văn An (SN 1970), trú tại xã Tân Lập (chủ trang trại) cho biết.', []],
    ['a numbered unit, a dash, its parent', 'Cơ quan điều tra kết luận ông Lê Đắc Thanh, Trưởng Phòng 2 - Viện Kiểm sát nhân dân tỉnh Quảng Bình, đã nhận hối lộ.',
      [['Lê Đắc Thanh', ['Trưởng Phòng 2 - Viện Kiểm sát nhân dân tỉnh Quảng Bình']]]],
    ['a national park\'s director', 'Tuyên án đối với Phan Quốc Khải (57 tuổi, nguyên Giám đốc Vườn quốc gia (VQG) Mũi Cà Mau) cùng 4 thuộc cấp.',
      [['Phan Quốc Khải', ['nguyên Giám đốc Vườn quốc gia Mũi Cà Mau']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });
});
