import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';
import { officialsOf as officials } from './officials-of';

describe('utils/entities/merge-glued-names (round 24: words glued to a name)', () => {
  it('a word glued to a name found in the same text joins that person, the mention cut where the name ends', () => {
    const text = 'Bộ trưởng Lò Văn Sơn dự lễ. Sau đó Bộ trưởng Lò Văn Sơnnhiệt liệt chúc mừng đơn vị.';
    const [o, ...rest] = recognize(text).officials;
    expect(rest).toEqual([]);
    expect(o!.name).toBe('Lò Văn Sơn');
    expect(o!.mentions.map((m) => [m.surface, text.slice(m.start, m.end)])).toEqual([['Lò Văn Sơn', 'Lò Văn Sơn'], ['Lò Văn Sơn', 'Lò Văn Sơn']]);
  });

  it('a foreign name with a Vietnamese word glued to it', () => {
    expect(officials('Thủ tướng Canada Mark Carney tới Hà Nội. Chủ tịch nước chào mừng Thủ tướng Mark Carneycùng đoàn.'))
      .toEqual([['Mark Carney', ['Thủ tướng Canada', 'Thủ tướng']]]);
  });

  it.each([
    ['one more letter makes another name', 'Ông Nguyễn Văn An, Bí thư Đảng ủy và ông Nguyễn Văn Anh, Chủ tịch UBND xã dự.',
      [['Nguyễn Văn An', ['Bí thư Đảng ủy']], ['Nguyễn Văn Anh', ['Chủ tịch UBND xã']]]],
    ['a final consonant cluster makes another name', 'Ông Lê Văn Hoà, Phó Chủ tịch UBND huyện và ông Lê Văn Hoàng, Chủ tịch Hội Nông dân huyện dự.',
      [['Lê Văn Hoà', ['Phó Chủ tịch UBND huyện']], ['Lê Văn Hoàng', ['Chủ tịch Hội Nông dân huyện']]]],
  ] as const)('two people kept apart: %s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('utils/entities/organ-name-continues (round 24: a unit\'s short name in parentheses)', () => {
  it.each([
    ['after the region\'s number, before the holder', 'Dự họp có Cục trưởng Cục Hải quan khu vực 4 (Cục IV) Đặng Văn Bình, đại diện đoàn.',
      [['Đặng Văn Bình', ['Cục trưởng Cục Hải quan khu vực 4 (Cục IV)']]]],
    ['after the organ\'s name, before the holder', 'Dự họp có Vụ trưởng Vụ Tổng hợp (Vụ 1) Trịnh Thị Mơ.', [['Trịnh Thị Mơ', ['Vụ trưởng Vụ Tổng hợp (Vụ 1)']]]],
    ['after the holder, an aside left out of the title', 'Ông Hồ Văn Lợi, Vụ trưởng Vụ Kiểm tra khu vực 2 (Vụ II), cho biết.',
      [['Hồ Văn Lợi', ['Vụ trưởng Vụ Kiểm tra khu vực 2']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('utils/entities/shared-post (round 24: two people before a post several hold)', () => {
  it.each([
    ['two delegates', 'Sáng 3/10, ông Hà Văn Thắm và ông Lục Đình Lâm, đại biểu HĐND huyện, tiếp xúc cử tri xã Tân Lập.',
      [['Hà Văn Thắm', ['đại biểu HĐND huyện']], ['Lục Đình Lâm', ['đại biểu HĐND huyện']]]],
    ['two deputies chairing', 'Kỳ họp do đồng chí Mai Văn Lực và đồng chí Đào Thị Huệ, Phó Chủ tịch HĐND tỉnh chủ tọa.',
      [['Mai Văn Lực', ['Phó Chủ tịch HĐND tỉnh']], ['Đào Thị Huệ', ['Phó Chủ tịch HĐND tỉnh']]]],
    ['a head\'s post is one person\'s', 'Tại buổi lễ, ông Vũ Văn Lâm và ông Kiều Văn Tú, Bí thư Huyện ủy, trao hoa.', [['Kiều Văn Tú', ['Bí thư Huyện ủy']]]],
    ['the last two of a longer list', 'Bà Lê Thị Hoa, ông Tạ Văn Nam và ông Lê Đình Trung, Phó Chủ tịch UBND huyện dự.', [['Lê Đình Trung', ['Phó Chủ tịch UBND huyện']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('utils/entities/org-words (round 24: more public organisations)', () => {
  it.each([
    ['the farmers\' union abbreviated with the country', 'Ông Đinh Văn Tư – Chủ tịch Hội NDVN tỉnh Tây Ninh cho biết.', [['Đinh Văn Tư', ['Chủ tịch Hội NDVN tỉnh Tây Ninh']]]],
    ['the co-operative alliance', 'Phó Chủ tịch Liên minh Hợp tác xã Việt Nam Hà Văn Lộc trả lời.', [['Hà Văn Lộc', ['Phó Chủ tịch Liên minh Hợp tác xã Việt Nam']]]],
    ['the co-operative alliance abbreviated', 'Ông Hà Văn Lộc, Chủ tịch Liên minh HTX tỉnh, cho biết.', [['Hà Văn Lộc', ['Chủ tịch Liên minh HTX tỉnh']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it('a co-operative\'s own chairman stays private', () => {
    expect(officials('Ông Hà Văn Lộc, Chủ tịch Hợp tác xã Tân Tiến, cho biết.')).toEqual([]);
  });
});

describe('utils/entities (round 24: a new post taken up, an institute as the parent organ)', () => {
  it.each([
    ['"nhận nhiệm vụ" before the new post', 'Phó chủ tịch cũ, ông Lương Văn Kỳ, nhận nhiệm vụ trưởng ban Dân vận tỉnh ủy Hòa Bình.',
      [['Lương Văn Kỳ', ['trưởng ban Dân vận tỉnh ủy Hòa Bình']]]],
    ['an institute named after a comma', 'Kết quả do TS Vi Văn Hào, Trưởng phòng Quản lý khoa học, Viện Khoa học tổ chức nhà nước công bố.',
      [['Vi Văn Hào', ['TS', 'Trưởng phòng Quản lý khoa học, Viện Khoa học tổ chức nhà nước']]]],
    ['a hospital named after a comma', 'Bác sĩ Đào Văn Kiên, Trưởng khoa Hồi sức, Bệnh viện Đa khoa tỉnh Lào Cai cho biết.',
      [['Đào Văn Kiên', ['Trưởng khoa Hồi sức, Bệnh viện Đa khoa tỉnh Lào Cai']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it('a task taken up is no post', () => {
    expect(officials('Ông Lương Văn Kỳ nhận nhiệm vụ mới tại công ty.')).toEqual([]);
  });
});

describe('utils/entities/organ-before-head (round 24: the holder named before, as appointed)', () => {
  it('"do ông A làm Chủ nhiệm" after the committee', () => {
    expect(officials('Ủy ban Kiểm tra Huyện ủy khóa mới có 7 thành viên, do ông Lục Văn Bảo làm Chủ nhiệm.')).toEqual([['Lục Văn Bảo', ['Chủ nhiệm']]]);
  });

  it('a company\'s board is no organ of the State', () => {
    expect(officials('Công ty Hòa Bình có 7 thành viên hội đồng, do ông Lục Văn Bảo làm Chủ tịch.')).toEqual([]);
  });
});

describe('utils/entities/foreign-name (round 24: foreign names before their titles)', () => {
  it.each([
    ['capitalised parts glued by a hyphen', 'Ngài Khalid Al-Mansour, Đại sứ Oman tại Việt Nam, cho biết.', [['Khalid Al-Mansour', ['Đại sứ Oman tại Việt Nam']]]],
    ['lower-case particles', 'Bà Anna van der Berg, Bộ trưởng Thương mại Hà Lan, phát biểu.', [['Anna van der Berg', ['Bộ trưởng Thương mại Hà Lan']]]],
    ['one particle', 'Ông Paulo de Castro, Đại sứ Brazil, cho biết.', [['Paulo de Castro', ['Đại sứ Brazil']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('utils/entities/appointees-before (round 24: posts given up and taken one after another)', () => {
  it.each([
    ['two posts given up, then the new one', 'Theo đó, ông Hồ Văn Mạnh, Tỉnh ủy viên, thôi giữ chức Bí thư Huyện ủy Yên Định nhiệm kỳ 2020 - 2025, thôi giữ chức Chủ tịch HĐND huyện Yên Định để giữ chức Phó trưởng Ban Dân vận Tỉnh ủy.',
      [['Hồ Văn Mạnh', ['Tỉnh ủy viên', 'Bí thư Huyện ủy Yên Định', 'Chủ tịch HĐND huyện Yên Định', 'Phó trưởng Ban Dân vận Tỉnh ủy']]]],
    ['a post a candidate is put forward for is not held', 'Ông Lã Văn Tùng, thôi giữ chức Phó Bí thư Huyện ủy Nga Sơn, thôi giữ chức Chủ tịch UBND huyện Nga Sơn, giới thiệu để bầu giữ chức Phó Chủ tịch Hội Nông dân tỉnh.',
      [['Lã Văn Tùng', ['Phó Bí thư Huyện ủy Nga Sơn', 'Chủ tịch UBND huyện Nga Sơn']]]],
    ['"thôi" ends the title before it', 'Đồng chí Lê Đức Minh, Ủy viên Trung ương Đảng thôi giữ chức Bí thư Tỉnh ủy Ninh Thuận.',
      [['Lê Đức Minh', ['Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy Ninh Thuận']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('utils/entities/name-before (round 24: the copula after an aside or a list)', () => {
  it.each([
    ['an age between the name and "là"', 'Bị cáo Hồ Văn Lực (58 tuổi) là nguyên Chủ tịch UBND xã Tân Lập.', [['Hồ Văn Lực', ['nguyên Chủ tịch UBND xã Tân Lập']]]],
    ['names with ages before "đều là"', 'Gồm: Hồ Văn Lực (58 tuổi), Đào Văn Mạnh (60 tuổi) đều là nguyên Chủ tịch UBND xã Tân Lập.',
      [['Hồ Văn Lực', ['nguyên Chủ tịch UBND xã Tân Lập']], ['Đào Văn Mạnh', ['nguyên Chủ tịch UBND xã Tân Lập']]]],
    ['bare names before "đều là"', 'Gồm: Hồ Văn Lực, Đào Văn Mạnh đều là nguyên Chủ tịch UBND xã Tân Lập.',
      [['Hồ Văn Lực', ['nguyên Chủ tịch UBND xã Tân Lập']], ['Đào Văn Mạnh', ['nguyên Chủ tịch UBND xã Tân Lập']]]],
    ['"cùng" as "together with" shares nothing', 'Phó Tổng thư ký ASEAN Lê Minh Đức, cùng Phó Tổng thư ký ASEAN Roberto Sanchez chính thức nhậm chức.',
      [['Lê Minh Đức', ['Phó Tổng thư ký ASEAN']], ['Roberto Sanchez', ['Phó Tổng thư ký ASEAN']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it('places before "đều là" are no officials', () => {
    expect(officials('Hà Nội và Đà Nẵng đều là thành phố trực thuộc Trung ương.')).toEqual([]);
  });
});

describe('utils/entities (round 24: international organisations, "cùng" as "together with")', () => {
  it.each([
    ['a UN agency\'s representative', 'Đoàn gồm bà Maria Olsen, Trưởng đại diện UNICEF tại Việt Nam.', [['Maria Olsen', ['Trưởng đại diện UNICEF tại Việt Nam']]]],
    ['ASEAN spelled out, then another holder after "cùng"',
      'Phó Tổng Thư ký Hiệp hội các quốc gia Đông Nam Á (ASEAN) phụ trách Kinh tế Lê Minh Đức, cùng Phó Tổng Thư ký ASEAN phụ trách Văn hóa Roberto Sanchez nhậm chức.',
      [['Lê Minh Đức', ['Phó Tổng Thư ký Hiệp hội các quốc gia Đông Nam Á (ASEAN) phụ trách Kinh tế']], ['Roberto Sanchez', ['Phó Tổng Thư ký ASEAN phụ trách Văn hóa']]]],
    ['"cùng" before another post\'s holder', 'Ông Lê Văn An, cùng Giám đốc Sở Y tế Trần Văn Bình thăm bệnh viện.', [['Trần Văn Bình', ['Giám đốc Sở Y tế']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('utils/entities (round 24: commune abbreviations, trade unions, accountants)', () => {
  it.each([
    ['"CT" for Chủ tịch before a lower-case organ', 'Đến dự có bác Lò Văn Ngọ - CT hội khuyến học xã và bác Hà Văn Ba – ĐUV, CT hội nông dân xã.',
      [['Lò Văn Ngọ', ['CT hội khuyến học xã']], ['Hà Văn Ba', ['ĐUV', 'CT hội nông dân xã']]]],
    ['a national trade union re-elected', 'Bà Lê Thị Hằng tái đắc cử Chủ tịch Công đoàn Giáo dục Việt Nam.', [['Lê Thị Hằng', ['Chủ tịch Công đoàn Giáo dục Việt Nam']]]],
    ['"được tín nhiệm giữ vị trí"', 'Ông Phan Văn Lộc tiếp tục được tín nhiệm giữ vị trí Chủ tịch Hội Cựu chiến binh tỉnh.',
      [['Phan Văn Lộc', ['Chủ tịch Hội Cựu chiến binh tỉnh']]]],
    ['a commune\'s cashier', 'Năm cán bộ gồm bà Vi Thị Hoa (thủ quỹ UBND xã) và ông Mã Văn Tú (phó chủ tịch UBND xã).',
      [['Vi Thị Hoa', ['thủ quỹ UBND xã']], ['Mã Văn Tú', ['phó chủ tịch UBND xã']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it.each([
    ['a company\'s trade union', 'Ông Lê Văn An, Chủ tịch Công đoàn Công ty Hòa Bình cho biết.'],
    ['a CT scan', 'Bệnh nhân Lê Văn An được chụp CT phổi tại Bệnh viện tỉnh.'],
  ] as const)('no official: %s', (_label, text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('utils/entities/school-head (round 24: the head of "nhà trường")', () => {
  it('the head and deputy head of the public school named before', () => {
    expect(officials('Sáng 5/9, Trường THCS Hòa Bình khai giảng năm học mới. Về phía nhà trường có thầy Lò Văn Kiên - Hiệu trưởng nhà trường, cô Mai Thị Lan - Phó Hiệu trưởng nhà trường.'))
      .toEqual([['Lò Văn Kiên', ['Hiệu trưởng nhà trường']], ['Mai Thị Lan', ['Phó Hiệu trưởng nhà trường']]]);
  });

  it('"trường này" after the school', () => {
    expect(officials('Trường tiểu học Sơn Lộc thu sai quy định. Ông Hà Văn Đông, Hiệu trưởng trường này, bị khiển trách.')).toEqual([['Hà Văn Đông', ['Hiệu trưởng trường này']]]);
  });

  it.each([
    ['a private school', 'Trường tư thục Ánh Dương khai giảng. Thầy Lò Văn Kiên - Hiệu trưởng nhà trường phát biểu.'],
    ['no school named before', 'Thầy Lò Văn Kiên - Hiệu trưởng nhà trường phát biểu. Trường THCS Hòa Bình có 500 học sinh.'],
  ] as const)('no official: %s', (_label, text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('utils/entities/vouched-title (round 24: comrades listed after a colon)', () => {
  it('"Các đồng chí: A, B được bầu là …"', () => {
    expect(officials('Các đồng chí: Lò Văn Đạo, Hà Thị Phi được bầu là Phó Chủ tịch Hội.'))
      .toEqual([['Lò Văn Đạo', ['Phó Chủ tịch Hội']], ['Hà Thị Phi', ['Phó Chủ tịch Hội']]]);
  });
});

describe('utils/entities/surnames (round 24: Mạnh, a Chinese family name)', () => {
  it('after an organ, "Mạnh" opens the holder\'s name', () => {
    expect(officials('Hội đàm với Thứ trưởng Bộ Công an Trung Quốc Mạnh Khánh Lâm.')).toEqual([['Mạnh Khánh Lâm', ['Thứ trưởng Bộ Công an Trung Quốc']]]);
  });

  it('inside a Vietnamese name it stays a middle name', () => {
    expect(officials('Bộ trưởng Bộ Xây dựng Trần Mạnh Hà phát biểu.')).toEqual([['Trần Mạnh Hà', ['Bộ trưởng Bộ Xây dựng']]]);
  });
});

describe('utils/entities/foreign-name (round 24: an initial glued by its dot)', () => {
  it.each([
    ['title first', 'Tiếp Phó Trợ lý Bộ trưởng Bộ Ngoại giao Hoa Kỳ Peter R.Haas tại trụ sở.', [['Peter R.Haas', ['Phó Trợ lý Bộ trưởng Bộ Ngoại giao Hoa Kỳ']]]],
    ['name first', 'Ông Peter R.Haas, Trợ lý Ngoại trưởng Mỹ, cho biết.', [['Peter R.Haas', ['Trợ lý Ngoại trưởng Mỹ']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('utils/entities/hard-wrap (round 24: an honorific opening the next line)', () => {
  it('a long list item ends at its line when the next opens with "Ông"', () => {
    expect(officials('Phê chuẩn bổ nhiệm đối với:\nÔng Nguyễn Lương Văn Định - Phó Chánh án Tòa án nhân dân cấp cao tại Đà Nẵng\nÔng Hà Văn Tú - Chánh án Tòa án nhân dân tỉnh Lào Cai'))
      .toEqual([['Nguyễn Lương Văn Định', ['Phó Chánh án Tòa án nhân dân cấp cao tại Đà Nẵng']], ['Hà Văn Tú', ['Chánh án Tòa án nhân dân tỉnh Lào Cai']]]);
  });
});

describe('utils/entities/list-after-title (round 24: an approval\'s list of people with their own posts)', () => {
  it('"đối với ông A, <posts> và ông B, <posts>": the approved post is both people\'s', () => {
    expect(officials('Thủ tướng phê chuẩn kết quả bầu chức vụ Phó Chủ tịch UBND tỉnh Hà Giang đối với ông Lù Văn Hải, Giám đốc Sở Tài chính và ông Vàng Seo Dìn, Giám đốc Sở Xây dựng.'))
      .toEqual([['Lù Văn Hải', ['Phó Chủ tịch UBND tỉnh Hà Giang', 'Giám đốc Sở Tài chính']], ['Vàng Seo Dìn', ['Phó Chủ tịch UBND tỉnh Hà Giang', 'Giám đốc Sở Xây dựng']]]);
  });
});

describe('utils/entities/appointees-before (round 24: a later post phrase of the sentence\'s one person)', () => {
  it('"điều động đồng chí A, <post>, đến nhận công tác …, chỉ định … và giữ chức <post>"', () => {
    expect(officials('Ban Thường vụ Tỉnh ủy điều động đồng chí Hà Văn Linh, Phó Bí thư Đảng ủy xã Tân An, đến nhận công tác tại xã Phú Lộc, chỉ định tham gia Ban Chấp hành và giữ chức Phó Bí thư Đảng ủy xã Phú Lộc.'))
      .toEqual([['Hà Văn Linh', ['Phó Bí thư Đảng ủy xã Tân An', 'Phó Bí thư Đảng ủy xã Phú Lộc']]]);
  });

  it('two people in the sentence: the later post stays unassigned', () => {
    expect(officials('Đồng chí Hà Văn Linh, Bí thư Huyện ủy, trao quyết định cho đồng chí Lò Văn Tú, Phó Chủ tịch UBND huyện, chỉ định tham gia Ban Chấp hành và giữ chức Phó Bí thư Huyện ủy.'))
      .toEqual([['Hà Văn Linh', ['Bí thư Huyện ủy']], ['Lò Văn Tú', ['Phó Chủ tịch UBND huyện']]]);
  });
});

describe('utils/entities/name-run (round 24: a headline in capitals)', () => {
  it('function words end the run of names', () => {
    expect(officials('ĐBQH HÀ VĂN SỸ CHẤT VẤN BỘ TÀI CHÍNH VỀ HỆ THỐNG VĂN BẢN')).toEqual([['HÀ VĂN SỸ', ['ĐBQH']]]);
  });

  it('a given name that is also a word stays in the name', () => {
    expect(officials('Đồng chí NGUYỄN VĂN ĐƯỢC, Bí thư Tỉnh ủy, phát biểu.')).toEqual([['NGUYỄN VĂN ĐƯỢC', ['Bí thư Tỉnh ủy']]]);
  });
});

describe('utils/entities/start-title (round 24: abbreviations in parts, long lists of attendants)', () => {
  it('"UV BTV" written in two parts is a head', () => {
    expect(officials('Về tổ chức Đoàn có đ/c Lò Văn Thắng - UV BTV Huyện Đoàn, Bí thư Đoàn xã.')).toEqual([['Lò Văn Thắng', ['UV BTV Huyện Đoàn', 'Bí thư Đoàn xã']]]);
  });

  it('a headline in capitals names no holder', () => {
    expect(officials('BÍ THƯ HUYỆN ỦY LÀM VIỆC TẠI XÃ LỤC BÌNH')).toEqual([]);
  });

  it('a plural title before a long list of items led by their own titles', () => {
    const items = ['Bộ trưởng Bộ Tài chính Hồ Đức Phớc', 'Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà', 'Bộ trưởng Bộ Y tế Đào Hồng Lan',
      'Bộ trưởng Bộ Xây dựng Nguyễn Thanh Nghị', 'Bộ trưởng Bộ Tư pháp Lê Thành Long', 'Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên',
      'Chủ nhiệm Ủy ban Kinh tế Vũ Hồng Thanh', 'Chủ nhiệm Ủy ban Xã hội Nguyễn Thúy Anh', 'Chủ nhiệm Ủy ban Pháp luật Hoàng Thanh Tùng',
      'Chủ nhiệm Ủy ban Tư pháp Lê Thị Nga', 'Chủ nhiệm Ủy ban Đối ngoại Vũ Hải Hà', 'Tổng Kiểm toán Nhà nước Ngô Văn Tuấn',
      'Thống đốc Ngân hàng Nhà nước Nguyễn Thị Hồng', 'Bộ trưởng Bộ Giáo dục và Đào tạo Nguyễn Kim Sơn',
      'Phó Chủ tịch Quốc hội Lê Minh Hoan', 'Phó Chủ tịch Quốc hội Trần Quang Phương', 'Chủ nhiệm Ủy ban Quốc phòng Lê Tấn Tới',
      'Chủ nhiệm Ủy ban Văn hóa Nguyễn Đắc Vinh', 'Trưởng Ban Dân nguyện Dương Thanh Bình', 'Tổng Thư ký Quốc hội Lê Quang Tùng'];
    const found = officials(`Dự họp có các Ủy viên Trung ương Đảng: ${items.join('; ')}.`);
    expect(found).toHaveLength(items.length);
    for (const [, titles] of found) expect(titles).toContain('Ủy viên Trung ương Đảng');
  });
});

describe('utils/entities/appointees-before (round 24: leaving a Party body, "tái cử giữ chức")', () => {
  it('"thôi tham gia Ban Chấp hành …, thôi giữ chức X, được điều động làm Y"', () => {
    expect(officials('Đồng chí Hà Văn Minh, Phó Bí thư Thành ủy, thôi tham gia Ban Chấp hành Đảng bộ thành phố, thôi giữ chức Chủ tịch UBND thành phố, được điều động làm Phó trưởng Ban Dân vận Trung ương.'))
      .toEqual([['Hà Văn Minh', ['Phó Bí thư Thành ủy', 'Chủ tịch UBND thành phố', 'Phó trưởng Ban Dân vận Trung ương']]]);
  });

  it('"tái cử giữ chức"', () => {
    expect(officials('Ông Lò Văn Việt, Tỉnh ủy viên, tái cử giữ chức Chủ tịch HĐND huyện.')).toEqual([['Lò Văn Việt', ['Tỉnh ủy viên', 'Chủ tịch HĐND huyện']]]);
  });
});

describe('utils/entities/appointees-before (round 24: the person a decision is about)', () => {
  it('"công bố Quyết định … về việc đồng chí A … thôi giữ chức X; chỉ định …, giữ chức Y"', () => {
    expect(officials('Đồng chí Vũ Văn Dương, Phó Trưởng Ban Tổ chức Trung ương, công bố Quyết định của Bộ Chính trị về việc đồng chí Lê Văn Đoàn, Phó Bí thư Tỉnh ủy Hà Nam thôi tham gia Ban Chấp hành và thôi giữ chức Phó Bí thư Tỉnh ủy Hà Nam; chỉ định tham gia Ban Chấp hành, giữ chức Bí thư Tỉnh ủy Lạng Sơn.'))
      .toEqual([['Vũ Văn Dương', ['Phó Trưởng Ban Tổ chức Trung ương']], ['Lê Văn Đoàn', ['Phó Bí thư Tỉnh ủy Hà Nam', 'Bí thư Tỉnh ủy Lạng Sơn']]]);
  });
});

describe('utils/entities/short-mention-titles (round 24: a post given to a later short mention)', () => {
  it('"ông Việt là Tư lệnh …" after the full name', () => {
    expect(officials('Ba thứ trưởng mới là các ông Lê Văn Chiêm, Võ Trọng Việt và Hà Văn Đơn. Ông Việt là Tư lệnh Bộ đội Biên phòng, ông Đơn hiện là Tư lệnh Quân khu 7.'))
      .toEqual([['Lê Văn Chiêm', ['thứ trưởng']], ['Võ Trọng Việt', ['thứ trưởng', 'Tư lệnh Bộ đội Biên phòng']], ['Hà Văn Đơn', ['thứ trưởng', 'Tư lệnh Quân khu 7']]]);
  });

  it('no post after "là": nothing added', () => {
    expect(officials('Ông Lê Văn Thanh, Bí thư Tỉnh ủy, dự lễ. Ông Thanh là người có nhiều đóng góp.')).toEqual([['Lê Văn Thanh', ['Bí thư Tỉnh ủy']]]);
  });
});

describe('utils/entities/organ-name-continues (round 24: a unit named in parts, then its parent organ)', () => {
  it.each([
    ['a women\'s union after its board', 'Bà Lò Thị Hiền, Trưởng Ban Tổ chức Kiểm tra, Hội LHPN tỉnh Sơn La phát biểu.', [['Lò Thị Hiền', ['Trưởng Ban Tổ chức Kiểm tra, Hội LHPN tỉnh Sơn La']]]],
    ['a department named in parts before its ministry', 'Ông Vi Văn Tình, nguyên Trưởng phòng Kế hoạch, Tài chính, Sở Nội vụ bị bắt.', [['Vi Văn Tình', ['nguyên Trưởng phòng Kế hoạch, Tài chính, Sở Nội vụ']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('utils/entities/organ-name-continues (round 24: the units above a local one after commas)', () => {
  it.each([
    ['a commune, its district and province', 'Ông Lò Văn Tình, Chủ tịch UBND xã Mường Lói, huyện Điện Biên, tỉnh Điện Biên cho biết.',
      [['Lò Văn Tình', ['Chủ tịch UBND xã Mường Lói, huyện Điện Biên, tỉnh Điện Biên']]]],
    ['a hamlet and its commune', 'Ông Lò Văn Tình, Trưởng thôn Nà Khà, xã Mường Lói kể lại.', [['Lò Văn Tình', ['Trưởng thôn Nà Khà, xã Mường Lói']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it('a list of places after a commune\'s post is no part of it', () => {
    expect(officials('Ông Lò Văn Tình, Chủ tịch UBND xã Mường Lói, cho biết xã có ba bản.')).toEqual([['Lò Văn Tình', ['Chủ tịch UBND xã Mường Lói']]]);
  });
});

describe('utils/entities/foreign-name (round 24: Korean names, Thai names with several tails)', () => {
  it.each([
    ['three unmarked words after a ministry named with "và"', 'Tháp tùng có: Bộ trưởng Bộ Lao động và Việc làm Kim Jung Sook; Bộ trưởng Bộ Chiến lược và Tài chính Choo Kyung Ho.',
      [['Kim Jung Sook', ['Bộ trưởng Bộ Lao động và Việc làm']], ['Choo Kyung Ho', ['Bộ trưởng Bộ Chiến lược và Tài chính']]]],
    ['lower-case tails glued by hyphens', 'Thủ tướng Thái Lan Prayut Chan-o-cha phát biểu.', [['Prayut Chan-o-cha', ['Thủ tướng Thái Lan']]]],
    ['a deputy\'s field before "kiêm"', 'Có Phó Thủ tướng phụ trách kinh tế kiêm Bộ trưởng Bộ Tài chính Lê Văn An.', [['Lê Văn An', ['Phó Thủ tướng phụ trách kinh tế', 'Bộ trưởng Bộ Tài chính']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it('unmarked words opened by a Vietnamese family name are no foreign name', () => {
    expect(officials('Bộ trưởng Bộ Tài chính Chu Minh Thanh phát biểu.')).toEqual([['Chu Minh Thanh', ['Bộ trưởng Bộ Tài chính']]]);
  });
});

describe('utils/entities (round 24: counterparts, the Pentagon, "do ông A đảm nhiệm")', () => {
  it.each([
    ['a counterpart abroad', 'Ngoại trưởng Pháp Jean Martin và người đồng cấp Trung Quốc Vương Chí Cường hội đàm.',
      [['Jean Martin', ['Ngoại trưởng Pháp']], ['Vương Chí Cường', ['người đồng cấp Trung Quốc']]]],
    ['the Pentagon\'s spokesman', 'Người phát ngôn Lầu Năm Góc John Miller cho biết.', [['John Miller', ['Người phát ngôn Lầu Năm Góc']]]],
    ['a post "do ông A đảm nhiệm"', 'Đảng này nắm thêm vị trí Chánh Văn phòng chính phủ do ông Peter Schulz đảm nhiệm.', [['Peter Schulz', ['Chánh Văn phòng chính phủ']]]],
    ['a Chinese family name Khưu', 'Bộ trưởng Bộ Tư pháp Khưu Văn Thành phát biểu.', [['Khưu Văn Thành', ['Bộ trưởng Bộ Tư pháp']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it.each([
    ['a counterpart not named', 'Thủ tướng gặp người đồng cấp tại hội nghị.'],
    ['a delegation led "do ông A làm trưởng đoàn"', 'Đoàn công tác do ông Lê Văn An làm trưởng đoàn.'],
  ] as const)('no official: %s', (_label, text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('utils/entities (round 24: re-election, two lead-ins, a post inside the aside, state banks)', () => {
  it.each([
    ['"được bầu lại chức"', 'Ông Lò Văn Diễn được bầu lại chức chủ tịch UBND tỉnh.', [['Lò Văn Diễn', ['chủ tịch UBND tỉnh']]]],
    ['"được HĐND tỉnh tín nhiệm bầu giữ chức vụ"', 'Ông Hà Tuấn Anh được Hội đồng Nhân dân tỉnh tín nhiệm bầu giữ chức vụ Chủ tịch Ủy ban Nhân dân tỉnh.',
      [['Hà Tuấn Anh', ['Chủ tịch Ủy ban Nhân dân tỉnh']]]],
    ['a post after a dash inside the aside', 'Xét xử bị cáo Lý Anh Phương (51 tuổi, trú phường An Cựu, TP Huế - cựu Giám đốc ĐH Huế) về tội lạm dụng.',
      [['Lý Anh Phương', ['cựu Giám đốc ĐH Huế']]]],
    ['a State-owned bank', 'Tổng Giám đốc Vietcombank Đặng Thanh Tùng báo cáo.', [['Đặng Thanh Tùng', ['Tổng Giám đốc Vietcombank']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('utils/entities/name-run (round 24: names opened by "A")', () => {
  it('a Ba Na name after a province', () => {
    expect(officials('Phó Bí thư Tỉnh ủy, Trưởng Đoàn Đại biểu Quốc hội tỉnh Kon Tum A Khang tiếp xúc cử tri.'))
      .toEqual([['A Khang', ['Phó Bí thư Tỉnh ủy', 'Trưởng Đoàn Đại biểu Quốc hội tỉnh Kon Tum']]]);
  });

  it('a district named with "A" keeps it', () => {
    expect(officials('Bí thư Huyện ủy Châu Thành A Trần Văn Bé phát biểu.')).toEqual([['Trần Văn Bé', ['Bí thư Huyện ủy Châu Thành A']]]);
  });

  it('two lone letters are no name', () => {
    expect(officials('Huyện ủy họp.\n\nA A\n\nBí thư Tỉnh ủy phát biểu.')).toEqual([]);
  });
});

describe('utils/entities/list-after-title (round 24: foreign names listed after a counted post)', () => {
  it('"Ba Phó Thủ tướng là các ông A, B và C" with Thai names', () => {
    expect(officials('Ba Phó Thủ tướng là các ông Prawit Wongsuwon, Somkid Jatusripitak và Wissanu Krea-ngam.').map(([n]) => n))
      .toEqual(['Prawit Wongsuwon', 'Somkid Jatusripitak', 'Wissanu Krea-ngam']);
  });
});

describe('utils/entities/name-run (round 24: organ words inside a name)', () => {
  it('"Thái Bình Dương Bộ Ngoại giao" holds no person', () => {
    expect(officials('Ông Kim Min Su từng là Vụ trưởng Vụ Châu Á - Thái Bình Dương Bộ Ngoại giao Hàn Quốc.').map(([n]) => n)).not.toContain('Dương Bộ Ngoại');
  });

  it('an organ word as a given name stays', () => {
    expect(officials('Ông Đoàn Xuân Bộ, Chủ tịch UBND xã Tân An, cho biết.')).toEqual([['Đoàn Xuân Bộ', ['Chủ tịch UBND xã Tân An']]]);
  });
});

describe('utils/entities/named-as-place (round 24: a "holder" the text names as a place)', () => {
  it('a Lao province after "Tỉnh trưởng", named elsewhere as "tỉnh …"', () => {
    expect(officials('Đoàn làm việc với tỉnh Luông Pha Băng. Đồng chí Bun Xay Phon - Bí thư Tỉnh ủy, Tỉnh trưởng Luông Pha Băng phát biểu.').map(([n]) => n))
      .toEqual(['Bun Xay Phon']);
  });

  it('the same on a page written in decomposed Unicode (NFD)', () => {
    const text = 'Đoàn làm việc với tỉnh Luông Pha Băng. Đồng chí Bun Xay Phon - Bí thư Tỉnh ủy, Tỉnh trưởng Luông Pha Băng phát biểu.'.normalize('NFD');
    expect(officials(text).map(([n]) => n.normalize('NFC'))).toEqual(['Bun Xay Phon']);
  });

  it('a holder after an organ\'s "tỉnh" stays a person', () => {
    expect(officials('Chủ tịch UBND tỉnh Lê Thanh Cung phát biểu tại tỉnh Thái Bình.')).toEqual([['Lê Thanh Cung', ['Chủ tịch UBND tỉnh']]]);
  });
});

describe('utils/entities (round 24: world news)', () => {
  it.each([
    ['initials written together', 'Phó Tổng thống JD Vance đã bỏ phiếu quyết định.', [['JD Vance', ['Phó Tổng thống']]]],
    ['a foreign name between commas after its title', 'Trước đó, Chủ tịch Hội đồng An ninh Quốc gia Ukraine, Oleksiy Danylenko, có bình luận.',
      [['Oleksiy Danylenko', ['Chủ tịch Hội đồng An ninh Quốc gia Ukraine']]]],
    ['re-appointed', 'Bộ trưởng gửi thư chúc mừng Ngài Takeshi Iwaya được bổ nhiệm lại làm Bộ trưởng Ngoại giao Nhật Bản.', [['Takeshi Iwaya', ['Bộ trưởng Ngoại giao Nhật Bản']]]],
    ['Chinese family names Du and Đôn', 'Hội kiến Chủ tịch Chính hiệp Du Chính Thanh và Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Đôn Tuấn Phong.',
      [['Du Chính Thanh', ['Chủ tịch Chính hiệp']], ['Đôn Tuấn Phong', ['Phó Chủ nhiệm Ủy ban Đối ngoại của Quốc hội']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });

  it.each([
    ['the Republic of Korea spelled out', 'Chủ tịch Quốc hội Đại Hàn Dân Quốc và phu nhân sẽ thăm Việt Nam.'],
    ['three capitals are an acronym', 'Phó Tổng Giám đốc BHX Vance cho biết.'],
  ] as const)('no official: %s', (_label, text) => {
    expect(officials(text)).toEqual([]);
  });
});

describe('utils/entities (round 24: world news, continued)', () => {
  it.each([
    ['a Japanese name in both orders is one person', 'Nhân dịp Ngài Suga Yoshihide được bầu làm Thủ tướng Nhật Bản, các lãnh đạo gửi thư. Thủ tướng Nhật Bản Yoshihide Suga phát biểu.',
      [['Suga Yoshihide', ['Thủ tướng Nhật Bản']]]],
    ['a president\'s aide', 'Cùng đi có Trợ lý Tổng thống Nga Yu-ri U-sa-cốp.', [['Yu-ri U-sa-cốp', ['Trợ lý Tổng thống Nga']]]],
    ['"Đổi mới" inside a ministry\'s name', 'Có Bộ trưởng Khoa học, Công nghệ và Đổi mới Luciana Santos.', [['Luciana Santos', ['Bộ trưởng Khoa học, Công nghệ và Đổi mới']]]],
  ] as const)('%s', (_label, text, expected) => {
    expect(officials(text)).toEqual(expected);
  });
});

describe('utils/entities (round 24: a commune before its district is a place; "ông A đang làm …")', () => {
  it('the commune\'s name closing a sentence is no holder', () => {
    expect(officials('Ông Vũ Anh Dũng, cựu Chủ tịch xã, bị xét xử. Lúc đó ông Dũng đang làm chủ tịch UBND xã Lưu Vĩnh Sơn, huyện Thạch Hà. Ông Nam nguyên là công chức địa chính xã Lưu Vĩnh Sơn.'))
      .toEqual([['Vũ Anh Dũng', ['cựu Chủ tịch xã', 'chủ tịch UBND xã Lưu Vĩnh Sơn, huyện Thạch Hà']]]);
  });
});

describe('utils/entities/predecessors (round 24: "thay cho")', () => {
  it('"… giữ chức Bí thư Huyện ủy X thay cho ông A"', () => {
    expect(officials('Tỉnh trao quyết định điều động ông Lò Văn Bảy, Trưởng ban Tổ chức Tỉnh ủy giữ chức Bí thư Huyện ủy Mường Tè thay cho ông Hà Văn Lẫy.'))
      .toEqual([['Lò Văn Bảy', ['Trưởng ban Tổ chức Tỉnh ủy', 'Bí thư Huyện ủy Mường Tè']], ['Hà Văn Lẫy', ['Bí thư Huyện ủy Mường Tè']]]);
  });
});

describe('utils/entities/vouched-title (round 24: a delegate who questions)', () => {
  it('"Đại biểu A chất vấn …"', () => {
    expect(officials('Đại biểu Trương Lê Mỹ Ngọc chất vấn Giám đốc Sở Xây dựng.')).toEqual([['Trương Lê Mỹ Ngọc', ['Đại biểu']]]);
  });

  it('a delegate at a customers\' conference is no official', () => {
    expect(officials('Đại biểu Trương Lê Mỹ Ngọc phát biểu tại hội nghị khách hàng.')).toEqual([]);
  });
});
