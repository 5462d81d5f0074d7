import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';
import { officialsOf as officials } from './officials-of';


describe('utils/entities/find-officials (round 11: glued words, Lao and Japanese names, commune posts, missing separators)', () => {
  it.each([
    ['"là" glued to the title', 'Người trả lời chất vấn làBộ trưởng Bộ Nội vụ Lê Thị Hảo.', [['Lê Thị Hảo', ['Bộ trưởng Bộ Nội vụ']]]],
    ['a Lao general\'s name after his rank, titles after it', 'Đại tướng Chansamone Vongsay, Phó Thủ tướng Lào dự.',
      [['Chansamone Vongsay', ['Đại tướng', 'Phó Thủ tướng Lào']]]],
    ['Lao ministers after their ministries', 'Bộ trưởng Bộ Công Thương Malaithong Sayavong; Bộ trưởng Bộ Tài chính Santiphab Phomvilay dự.',
      [['Malaithong Sayavong', ['Bộ trưởng Bộ Công Thương']], ['Santiphab Phomvilay', ['Bộ trưởng Bộ Tài chính']]]],
    ['an organ\'s other name in parentheses', 'Chủ tịch Hội đồng Liên bang (Thượng viện) Nga Irina Petrova tiếp đoàn.',
      [['Irina Petrova', ['Chủ tịch Hội đồng Liên bang (Thượng viện) Nga']]]],
    ['a Japanese given name with a hyphen, "Ngài" glued to it', 'Làm việc với NgàiMit-suo Tanaka - Đại sứ Nhật Bản tại Việt Nam.',
      [['Mit-suo Tanaka', ['Đại sứ Nhật Bản tại Việt Nam']]]],
    ['"Thường vụ Tỉnh ủy" as a post', 'Cùng dự có đồng chí Lê Văn Khoa - Thường vụ Tỉnh ủy - Phó Chủ tịch thường trực UBND tỉnh.',
      [['Lê Văn Khoa', ['Thường vụ Tỉnh ủy', 'Phó Chủ tịch thường trực UBND tỉnh']]]],
    ['commune posts of the accused', 'Nguyễn Văn Khoa (nguyên xã đội trưởng) và Lê Văn Minh (nguyên kế toán ngân sách xã), mỗi bị cáo 20 tháng tù.',
      [['Nguyễn Văn Khoa', ['nguyên xã đội trưởng']], ['Lê Văn Minh', ['nguyên kế toán ngân sách xã']]]],
    ['a commune land officer after "là"', 'Khi đó, cán bộ địa chính xã Hòa Sơn là Lê Thị Hảo.', [['Lê Thị Hảo', ['cán bộ địa chính xã Hòa Sơn']]]],
    ['a name and its title with no separator in a list', 'Cùng dự có các đồng chí: Hoàng Minh Khoa Phó Chủ tịch UBND thành phố; Lê Trung Kiên, Trưởng Ban Quản lý Khu kinh tế.',
      [['Hoàng Minh Khoa', ['Phó Chủ tịch UBND thành phố']], ['Lê Trung Kiên', ['Trưởng Ban Quản lý Khu kinh tế']]]],
    ['the same after an honorific', 'Đồng chí Lê Văn Khoa Bí thư Huyện ủy phát biểu.', [['Lê Văn Khoa', ['Bí thư Huyện ủy']]]],
    ['the province\'s cadre health board', 'Tỉnh bổ nhiệm ông Lê Văn Khoa, Phó trưởng Ban chuyên trách Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh giữ chức Phó Giám đốc Sở Y tế.',
      [['Lê Văn Khoa', ['Phó trưởng Ban chuyên trách Ban Bảo vệ chăm sóc sức khỏe cán bộ tỉnh', 'Phó Giám đốc Sở Y tế']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });

  it.each([
    ['a company office worker', 'Bà Lê Thị Hảo, công chức văn phòng Công ty Minh Phát cho biết.'],
    ['a company chairman with no separator', 'Ông Lê Văn Khoa Chủ tịch công ty ABC phát biểu.'],
    ['a company chief with a Latin name', 'Tổng Giám đốc Tập đoàn Samsung Electronics Roh Tae Moon thăm nhà máy.'],
    ['the standing committee as an organ', 'Ban Thường vụ Tỉnh ủy tổ chức hội nghị. Các công chức được tập huấn.'],
  ])('%s is no official', (_label, text) => {
    expect(recognize(text).officials).toEqual([]);
  });

  it('reads the Constitution with its year', () => {
    expect(recognize('Theo Hiến pháp năm 2013, Quốc hội là cơ quan đại biểu cao nhất.').documents.map((d) => [d.surface, d.year]))
      .toEqual([['Hiến pháp năm 2013', 2013]]);
  });
});

describe('utils/entities (round 11: terms and dates)', () => {
  it('leaves a closing "khóa XV" out of the title, as a term of office', () => {
    expect(officials('Ông Lê Văn Khoa, đại biểu Quốc hội khóa XV, Phó Chủ tịch Quốc hội phát biểu.'))
      .toEqual([['Lê Văn Khoa', ['đại biểu Quốc hội', 'Phó Chủ tịch Quốc hội']]]);
  });

  it('reads a date with a stray space before the year', () => {
    expect(recognize('Chương trình hành động số 83-CTHĐ/TU, ngày 25/7/ 2017, của Tỉnh ủy về du lịch.').documents.map((d) => d.date))
      .toEqual(['2017-07-25']);
  });
});
