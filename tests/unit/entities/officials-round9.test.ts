import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function find(text: string, name: string) {
  return recognize(text).officials.find((o) => o.name === name);
}

const LONG_LINE = 'Chiều 3/4 vừa qua, Bộ trưởng Ngoại giao Lê Văn An đã tiếp và hội đàm với Ngoại trưởng Canada\n' +
  'Mary Collins tại trụ sở Bộ.';

describe('utils/entities/find-officials (round 9: line breaks, foreign letters, citations in titles, asides, ranks)', () => {
  it.each([
    ['a Latin name opening the line after title + country', 'Hôm qua, Ngoại trưởng Hoa Kỳ\nDavid Miller đã điện đàm.', 'David Miller',
      ['Ngoại trưởng Hoa Kỳ']],
    ['the same after a long (hard-wrapped) line', LONG_LINE, 'Mary Collins', ['Ngoại trưởng Canada']],
    ['a Hungarian name with its accents', 'Ngoại trưởng Hungary Kovács Gábor thăm Hà Nội.', 'Kovács Gábor', ['Ngoại trưởng Hungary']],
    ['a Czech name with a háček', 'Thủ tướng Séc Petr Novák đã tới.', 'Petr Novák', ['Thủ tướng Séc']],
    ['a Chinese State Councillor', 'Ủy viên Quốc vụ Trung Quốc Trương Minh Viễn hội đàm với đoàn.', 'Trương Minh Viễn',
      ['Ủy viên Quốc vụ Trung Quốc']],
    ['a vice-chair of the Chinese NPC', 'Phó Chủ tịch Nhân đại Trung Quốc Lý Văn Hào tiếp đoàn.', 'Lý Văn Hào', ['Phó Chủ tịch Nhân đại Trung Quốc']],
    ['a Party programme cited inside a title', 'Trưởng Ban Chỉ đạo Chương trình số 07-CTr/TU Lê Thị Hoa chủ trì buổi làm việc.', 'Lê Thị Hoa',
      ['Trưởng Ban Chỉ đạo Chương trình số 07-CTr/TU']],
    ['a state scheme cited inside a name-first title', 'Ông Đỗ Văn Bình, Trưởng Ban Chỉ đạo Đề án 15/ĐA-UBND tỉnh, cho biết.', 'Đỗ Văn Bình',
      ['Trưởng Ban Chỉ đạo Đề án 15/ĐA-UBND tỉnh']],
    ['a birth year in parentheses before the title', 'Tỉnh điều động ông Hồ Văn Lực (sinh năm 1980), Chánh Văn phòng UBND tỉnh giữ chức mới.', 'Hồ Văn Lực',
      ['Chánh Văn phòng UBND tỉnh']],
    ['an abbreviated birth year', 'Ông Phan Văn Tú (SN 1972), Phó Chủ tịch UBND huyện cho biết.', 'Phan Văn Tú', ['Phó Chủ tịch UBND huyện']],
    ['a home town in parentheses', 'Bà Vũ Thị Lan (quê Nam Định), Phó Giám đốc Sở Y tế cho biết.', 'Vũ Thị Lan', ['Phó Giám đốc Sở Y tế']],
    ['a rank between the name and the title', 'Phê chuẩn đối với ông Đinh Văn Tâm, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An; ông Lê An.',
      'Đinh Văn Tâm', ['Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An']],
  ])('%s', (_label, text, name, titles) => {
    expect(find(text, name)?.titles).toEqual(titles);
  });

  it('keeps the rank written between commas among the ranks', () => {
    expect(find('Ông Đinh Văn Tâm, Thượng tá, Phó Giám đốc Công an tỉnh phát biểu.', 'Đinh Văn Tâm')?.ranks).toContain('Thượng tá');
  });

  it('still records the cited programme as a document', () => {
    const docs = recognize('Trưởng Ban Chỉ đạo Chương trình số 07-CTr/TU Lê Thị Hoa chủ trì.').documents;
    expect(docs.map((d) => d.mentions[0]?.surface)).toEqual(['Chương trình số 07-CTr/TU']);
  });

  it.each([
    ['a Vietnamese word with Latin-1 accents is no foreign name', 'Ngoại trưởng Hoa Kỳ\nHà Lê đã đến.'],
    ['a photo credit in parentheses vouches for nobody', 'Anh Lê Văn Quốc (ảnh), Giám đốc công ty cho biết.'],
    ['a school with its city in parentheses', 'Trường Nguyễn Du (Hà Nội), Chủ tịch công ty phát biểu.'],
    ['a rank between commas with no title after it', 'Ông Trần Văn Hải, Đại tá, nói thêm.'],
    ['a company chief with a birth year', 'Ông Lê Văn Sáu (sinh năm 1970), Giám đốc Công ty TNHH Minh Phát cho biết.'],
  ])('%s', (_label, text) => {
    expect(recognize(text).officials).toEqual([]);
  });
});
