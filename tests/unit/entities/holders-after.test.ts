import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function officials(text: string) {
  return recognize(text).officials.map((o) => ({ name: o.name, titles: o.titles, ranks: o.ranks }));
}

function names(text: string): string[] {
  return recognize(text).officials.map((o) => o.name);
}

describe('utils/entities/holders-after', () => {
  it('lists the holders of a counted title without an organ when the organ opens the clause', () => {
    expect(names('Sau kỳ họp, UBND tỉnh Bình Định có 4 Phó Chủ tịch, gồm các ông Lâm Văn Tới, ông Đặng Minh Khôi, bà Vương Thị Ngân và ông Phan Quốc Bảo.'))
      .toEqual(['Lâm Văn Tới', 'Đặng Minh Khôi', 'Vương Thị Ngân', 'Phan Quốc Bảo']);
  });

  it('does not list the members of a counted private board', () => {
    expect(names('Công ty có 3 Phó Giám đốc, gồm các ông Lâm Văn Tới, Đặng Minh Khôi và Phan Quốc Bảo.')).toEqual([]);
  });

  it.each([
    ['a title-first list separated by commas', 'Dự họp có Chủ tịch nước Lương Văn Đạo, Thường trực Ban Bí thư Hà Minh Quế, Phó Thủ tướng Trịnh Hồng Sâm.',
      [['Lương Văn Đạo', ['Chủ tịch nước']], ['Hà Minh Quế', ['Thường trực Ban Bí thư']], ['Trịnh Hồng Sâm', ['Phó Thủ tướng']]]],
    ['holders given with "là" after a ranked name', 'Bộ trưởng Bộ Quốc phòng là Đại tướng Lê Công Đoàn, Chủ nhiệm Tổng cục Chính trị là Thượng tướng Vũ Minh Tâm.',
      [['Lê Công Đoàn', ['Bộ trưởng Bộ Quốc phòng']], ['Vũ Minh Tâm', ['Chủ nhiệm Tổng cục Chính trị']]]],
    ['"hiện nay là" before the holder', 'Bộ trưởng Quốc phòng hiện nay là đại tướng Hồ Quang Tiến.', [['Hồ Quang Tiến', ['Bộ trưởng Quốc phòng']]]],
    ['", bà" after a long title chain', 'Đại sứ gặp Ủy viên Bộ Chính trị, Trưởng Ban Dân vận Trung ương, bà Đinh Thị Hoa.',
      [['Đinh Thị Hoa', ['Ủy viên Bộ Chính trị', 'Trưởng Ban Dân vận Trung ương']]]],
  ])('gives each title to its own holder in %s', (_label, text, want) => {
    expect(officials(text).map((o) => [o.name, o.titles])).toEqual(want);
  });

  it('keeps a later title in apposition with the name it follows', () => {
    expect(officials('Thủ tướng Vương Đình Huệ, Trưởng Ban Chỉ đạo, chủ trì cuộc họp.'))
      .toEqual([{ name: 'Vương Đình Huệ', titles: ['Thủ tướng', 'Trưởng Ban Chỉ đạo'], ranks: [] }]);
  });

  it('keeps a committee name with commas up to its holder', () => {
    expect(officials('Có mặt Chủ nhiệm Ủy ban Tài chính, Ngân sách Lý Văn Cường; Chủ nhiệm Ủy ban Văn hóa, Giáo dục Mai Thị Hạnh.').map((o) => [o.name, o.titles]))
      .toEqual([['Lý Văn Cường', ['Chủ nhiệm Ủy ban Tài chính, Ngân sách']], ['Mai Thị Hạnh', ['Chủ nhiệm Ủy ban Văn hóa, Giáo dục']]]);
  });

  it('does not take a rank after a comma into the title', () => {
    expect(officials('Phó Chủ tịch Quốc hội, Thượng tướng Đỗ Văn Chiến dự.'))
      .toEqual([{ name: 'Đỗ Văn Chiến', titles: ['Phó Chủ tịch Quốc hội'], ranks: ['Thượng tướng'] }]);
  });
});
