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
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });

  it.each([
    ['a comrade who runs a company', 'Có đồng chí Giám đốc Công ty Bình Minh Lê Văn Hải.'],
    ['a delegate of a company\'s meeting', 'Đại biểu Phạm Văn Hòa (Công ty Hòa Phát) nêu ý kiến.'],
    ['"là" before a company\'s post', 'Ông Lê Văn Khoa, hiện là Giám đốc Công ty Bình Minh, cho biết.'],
  ])('%s is no official', (_label, text) => {
    expect(recognize(text).officials).toEqual([]);
  });

  it('keeps no company post for a comrade named in full', () => {
    expect(officials('Có đồng chí Lê Văn Hải, Giám đốc Công ty Bình Minh.')).toEqual([['Lê Văn Hải', []]]);
  });
});
