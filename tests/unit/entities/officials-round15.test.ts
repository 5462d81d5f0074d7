import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';
import { officialsOf as officials } from './officials-of';


describe('utils/entities/find-officials (round 15: defendants\' posts, asides, associations)', () => {
  it.each([
    ['an age and a post inside parentheses', 'Đó là các bị cáo Lê Mạnh Hà (58 tuổi, Trưởng đoàn thanh tra), Nguyễn Hưng (44 tuổi, thành viên đoàn thanh tra).',
      [['Lê Mạnh Hà', ['Trưởng đoàn thanh tra']], ['Nguyễn Hưng', ['thành viên đoàn thanh tra']]]],
    ['a long aside before a dash and the former post', 'Mã Văn Thanh (SN 1962, trú tại thị trấn Tân Phong, huyện Quảng Xương) – nguyên Trưởng phòng TN&MT huyện Quảng Xương;',
      [['Mã Văn Thanh', ['nguyên Trưởng phòng TN&MT huyện Quảng Xương']]]],
    ['a department named after its field in a public Sở', 'Bị cáo Trần Công Tỏ, cựu Trưởng phòng Tài chính doanh nghiệp Sở Tài chính Thanh Hóa, bị đề nghị mức án.',
      [['Trần Công Tỏ', ['cựu Trưởng phòng Tài chính doanh nghiệp Sở Tài chính Thanh Hóa']]]],
    ['", thuộc" the organ a unit belongs to', 'Bị cáo Bùi Văn Nam, cựu Phó trưởng phòng Kinh tế - Tài chính, thuộc Văn phòng UBND tỉnh Thanh Hóa, bị đề nghị.',
      [['Bùi Văn Nam', ['cựu Phó trưởng phòng Kinh tế - Tài chính, thuộc Văn phòng UBND tỉnh Thanh Hóa']]]],
    ['a signer in a table, post written in the signature block', 'Người ký | Lại Thế Nguyên |\nLĩnh vực | Tài chính nhà nước |\nCHỦ TỊCH\nLại Thế Nguyên', [['Lại Thế Nguyên', ['CHỦ TỊCH']]]],
    ['a unit\'s name with a spaced dash and three lower-case words', 'Bị cáo Văn Xuân Hùng, cựu Trưởng phòng Quản lý công sản - giá cả Sở Tài chính Thanh Hóa, cùng bị đề nghị.',
      [['Văn Xuân Hùng', ['cựu Trưởng phòng Quản lý công sản - giá cả Sở Tài chính Thanh Hóa']]]],
    ['"Phó phòng"', 'Các ông Huỳnh Văn Phi, nguyên Trưởng phòng TN-MT huyện Đất Đỏ; Trần Ngọc Hùng, nguyên Phó phòng TN-MT huyện Đất Đỏ bị khởi tố.',
      [['Huỳnh Văn Phi', ['nguyên Trưởng phòng TN-MT huyện Đất Đỏ']], ['Trần Ngọc Hùng', ['nguyên Phó phòng TN-MT huyện Đất Đỏ']]]],
    ['a civil servant of a district office', 'Bà Lê Thị Hiển, cán bộ Phòng Tài nguyên và Môi trường huyện Bảo Lâm, bị khởi tố.',
      [['Lê Thị Hiển', ['cán bộ Phòng Tài nguyên và Môi trường huyện Bảo Lâm']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });

  it.each([
    ['a trade association\'s chair in a city', 'Theo ông Phan Xuân Hồng - Chủ tịch Hội Dệt may Thêu đan TP.HCM - nhiều doanh nghiệp có đơn hàng.'],
    ['a private enterprise in a province', 'Ông Lê Văn Khoa, Giám đốc doanh nghiệp tư nhân Minh Phát tỉnh Bình Dương cho biết.'],
    ['a company employee', 'Các cán bộ, đảng viên tham dự. Anh Lê Văn Khoa, cán bộ Công ty Minh Phát cho biết.'],
  ])('%s is no official', (_label, text) => {
    expect(recognize(text).officials).toEqual([]);
  });
});

describe('utils/entities/recognize (lists of people with no post)', () => {
  it('keeps a list after "các ông bà:" when the text names one of them with a public post', () => {
    const text = 'Ủy ban Kiểm tra đề nghị kỷ luật Ban Thường vụ Tỉnh ủy và các ông bà: Lê Văn Đọc, Nguyễn Đức Long, Đặng Huy Hậu. Ông Lê Văn Đọc, nguyên Bí thư Tỉnh ủy, bị cảnh cáo.';
    expect(officials(text)).toEqual([['Lê Văn Đọc', ['nguyên Bí thư Tỉnh ủy']], ['Nguyễn Đức Long', []], ['Đặng Huy Hậu', []]]);
  });

  it('drops it when none of them holds a post', () => {
    expect(recognize('Đến dự có các ông bà: Nguyễn Văn An, Trần Thị Bình, Lê Văn Cường là nông dân tiêu biểu.').officials).toEqual([]);
  });
});

describe('utils/entities/find-officials (a comrade named in full)', () => {
  it.each([
    ['"đồng chí" before a full name with no post near it', 'Phát biểu tại buổi làm việc, đồng chí Lê Minh Khái cho biết kết quả.', [['Lê Minh Khái', []]]],
    ['"Đ/c"', 'Đ/c Nguyễn Văn An tham dự buổi lễ.', [['Nguyễn Văn An', []]]],
    ['no name after it', 'Các đồng chí lãnh đạo dự. Đồng chí Bí thư Tỉnh ủy phát biểu.', []],
    ['"ông" does not vouch the same way', 'Ông Lê Minh Khái cho biết kết quả.', []],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });
});

describe('utils/entities/recognize (a foreign name written shorter later)', () => {
  it('files "Michelle Bachelet" under "Michelle Bachelet Jeria"', () => {
    const text = 'Tổng thống Cộng hòa Chile Michelle Bachelet Jeria thăm Việt Nam. Tổng Bí thư tiếp bà Michelle Bachelet - Tổng thống nước Cộng hòa Chile.';
    const found = recognize(text).officials;
    expect(found.map((o) => [o.name, o.mentions.map((m) => m.surface)])).toEqual([['Michelle Bachelet Jeria', ['Michelle Bachelet Jeria', 'Michelle Bachelet']]]);
  });

  it('keeps two Vietnamese names sharing their first words apart', () => {
    const text = 'Ông Trần Hùng, Bí thư Huyện ủy và ông Trần Hùng Dũng, Chủ tịch UBND huyện dự.';
    expect(officials(text)).toEqual([['Trần Hùng', ['Bí thư Huyện ủy']], ['Trần Hùng Dũng', ['Chủ tịch UBND huyện']]]);
  });
});
