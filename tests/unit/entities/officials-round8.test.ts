import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function find(text: string, name: string) {
  return recognize(text).officials.find((o) => o.name === name);
}

const WRAPPED = 'Dự họp có Bộ trưởng Bộ Quốc phòng Phan Văn Bảo, Chủ tịch Ủy ban Trung ương MTTQ Đỗ Văn Lâm, Trưởng Ban\n' +
  'Dân vận Trung ương Bùi Thị Hà; Chủ nhiệm Ủy ban Xã hội của Quốc hội Nguyễn\nThúy Hằng;';

describe('utils/entities/find-officials (round 8: long organ names, chains split by ";", plural lists after "là", hard wraps)', () => {
  it.each([
    ['"nông thôn mới" inside an office\'s name', 'Ông Hoàng Văn Nam, Phó Chánh Văn phòng Điều phối nông thôn mới tỉnh cho biết.', 'Hoàng Văn Nam',
      ['Phó Chánh Văn phòng Điều phối nông thôn mới tỉnh']],
    ['a lower-case "chánh văn phòng" of the rural programme', 'Ông Lý Văn Tư, chánh văn phòng Nông thôn mới tỉnh cho biết.', 'Lý Văn Tư',
      ['chánh văn phòng Nông thôn mới tỉnh']],
    ['a steering committee named after an epidemic with its number', 'Phó Thủ tướng Trần Văn Khoa, Trưởng Ban chỉ đạo Quốc gia phòng, chống dịch COVID-19 đã chủ trì.',
      'Trần Văn Khoa', ['Phó Thủ tướng', 'Trưởng Ban chỉ đạo Quốc gia phòng, chống dịch COVID-19']],
    ['the head of a procuracy abbreviated KSND', 'Viện trưởng Viện KSND tối cao Hoàng Văn Nghĩa cũng đã trả lời.', 'Hoàng Văn Nghĩa',
      ['Viện trưởng Viện KSND tối cao']],
    ['a second post after ";" in one person\'s item', 'Các đồng chí: Lê Thị Mai, Ủy viên Ban Thường vụ Huyện ủy; Phó Chủ tịch Thường trực HDND huyện; Hà Văn Sơn, Phó Chủ tịch UBND huyện dự.',
      'Lê Thị Mai', ['Ủy viên Ban Thường vụ Huyện ủy', 'Phó Chủ tịch Thường trực HDND huyện']],
    ['a foreign upper-house member', 'Đoàn do Thượng nghị sĩ Tanaka Hiro dẫn đầu.', 'Tanaka Hiro', ['Thượng nghị sĩ']],
    ['a plural former title shared by a list after "là"', 'Đoàn thăm các đồng chí nguyên Huyện ủy viên, Phó Chủ tịch UBND huyện là Lê Văn An, Hà Thị Bình, Đỗ Văn Cường.',
      'Đỗ Văn Cường', ['nguyên Huyện ủy viên', 'Phó Chủ tịch UBND huyện']],
    ['an organ name across a hard wrap', WRAPPED, 'Bùi Thị Hà', ['Trưởng Ban Dân vận Trung ương']],
    ['a surname alone at the end of a hard-wrapped line', WRAPPED, 'Nguyễn Thúy Hằng', ['Chủ nhiệm Ủy ban Xã hội của Quốc hội']],
  ])('%s', (_label, text, name, titles) => {
    expect(find(text, name)?.titles).toEqual(titles);
  });

  it('does not give a second post after ";" to the first person when that post names its own holder', () => {
    const text = 'Các đồng chí: Lê Văn Tâm, Giám đốc Sở Y tế; Phó Giám đốc Sở Y tế Trần Văn Bình.';
    expect(find(text, 'Lê Văn Tâm')?.titles).toEqual(['Giám đốc Sở Y tế']);
    expect(find(text, 'Trần Văn Bình')?.titles).toEqual(['Phó Giám đốc Sở Y tế']);
  });

  it('keeps one holder after "là" without a plural title, and a short headline line ends its title', () => {
    expect(recognize('Phó Chủ tịch UBND huyện là Lê Văn An, Hà Thị Bình là vợ ông.').officials.map((o) => o.name)).not.toContain('Hà Thị Bình');
    const text = 'Ông Lê Văn Tùng làm Phó Trưởng Ban Tuyên giáo\nTân Phó Trưởng Ban Tuyên giáo Lê Văn Tùng phát biểu.';
    expect(find(text, 'Lê Văn Tùng')?.titles).toEqual(['Phó Trưởng Ban Tuyên giáo']);
  });
});
