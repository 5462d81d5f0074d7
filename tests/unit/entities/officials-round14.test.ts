import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';
import { officialsOf as officials } from './officials-of';


describe('utils/entities/find-officials (round 14: lists of title-name pairs, abbreviations, assistants, district names)', () => {
  it.each([
    ['each title to the name closing it in a list, whatever the first title proves',
      'Đi cùng có Chủ tịch Hội Người cao tuổi Việt Nam Lê Thanh Bình, Phó Chủ nhiệm Văn phòng Chính phủ Cao Huy, Thiếu tướng Phạm Trường Sơn – Phó Tổng Tham mưu trưởng QĐND Việt Nam, Thứ trưởng Bộ LĐ-TB&XH Nguyễn Văn Hồi.',
      [['Lê Thanh Bình', ['Chủ tịch Hội Người cao tuổi Việt Nam']], ['Cao Huy', ['Phó Chủ nhiệm Văn phòng Chính phủ']],
        ['Phạm Trường Sơn', ['Thiếu tướng', 'Phó Tổng Tham mưu trưởng QĐND Việt Nam']], ['Nguyễn Văn Hồi', ['Thứ trưởng Bộ LĐ-TB&XH']]]],
    ['PBTTT and PBT', 'Tham dự có đồng chí Lê Văn Giảng, PBTTT Huyện ủy, Chủ tịch HĐND huyện; Đ/c Võ Đắc Hòa, PBT Huyện ủy, Chủ tịch UBND huyện.',
      [['Lê Văn Giảng', ['PBTTT Huyện ủy', 'Chủ tịch HĐND huyện']], ['Võ Đắc Hòa', ['PBT Huyện ủy', 'Chủ tịch UBND huyện']]]],
    ['UVBCHTW', 'Đồng chí Lê Quang Tùng, UVBCHTW Đảng, Bí thư Tỉnh ủy phát biểu.', [['Lê Quang Tùng', ['UVBCHTW Đảng', 'Bí thư Tỉnh ủy']]]],
    ['an assistant to the Prime Minister', 'Thủ tướng ký quyết định bổ nhiệm ông Cao Xuân Thành làm trợ lý Thủ tướng.', [['Cao Xuân Thành', ['trợ lý Thủ tướng']]]],
    ['a two-word name after "Huyện ủy" confirmed elsewhere', 'Bí thư Huyện ủy Lê Hùng chủ trì. Ông Lê Hùng, Bí thư Huyện ủy, nhấn mạnh.',
      [['Lê Hùng', ['Bí thư Huyện ủy']]]],
    ['a three-word name after "Huyện ủy"', 'Bí thư Huyện ủy Nguyễn Văn Hùng chủ trì.', [['Nguyễn Văn Hùng', ['Bí thư Huyện ủy']]]],
    ['a bullet on the next line ends the title', 'Đồng chí Âu Thế Thái làm Bí thư Huyện ủy Lâm Bình\n- Chiều 2-12, hội nghị diễn ra.',
      [['Âu Thế Thái', ['Bí thư Huyện ủy Lâm Bình']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });

  it.each([
    ['a district named like a person after "Huyện ủy"', 'Khi đương chức Bí thư Huyện ủy Vũ Quang đã nhận tiền.'],
    ['a company secretary', 'Chị Lê Thị Hảo, thư ký công ty Minh Phát cho biết.'],
  ])('%s is no official', (_label, text) => {
    expect(recognize(text).officials).toEqual([]);
  });
});
