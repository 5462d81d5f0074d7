import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

function officials(text: string): Array<[string, string[]]> {
  return recognize(text).officials.map((o) => [o.name, o.titles]);
}

describe('utils/entities/find-officials (round 10: counted lists, countries, terms of office, State Bank)', () => {
  it.each([
    ['a counted title with a term in parentheses before "gồm:"',
      'HĐND tỉnh đã miễn nhiệm 2 Phó Chủ tịch UBND tỉnh (nhiệm kỳ 2016-2021), gồm: ông Lê Văn Khoa, bà Trần Thị Hảo; sau đó bầu bổ sung.',
      [['Lê Văn Khoa', ['Phó Chủ tịch UBND tỉnh']], ['Trần Thị Hảo', ['Phó Chủ tịch UBND tỉnh']]]],
    ['appointees after "đối với các ông, bà"',
      'Bộ trưởng bổ nhiệm 3 thẩm phán Tòa án nhân dân tối cao đối với các ông, bà Lê Văn Khoa, Trần Thị Hảo, Phạm Minh Đạt.',
      [['Lê Văn Khoa', ['thẩm phán Tòa án nhân dân tối cao']], ['Trần Thị Hảo', ['thẩm phán Tòa án nhân dân tối cao']],
        ['Phạm Minh Đạt', ['thẩm phán Tòa án nhân dân tối cao']]]],
    ['the post an appointment names after the appointer\'s own title',
      'Chủ tịch nước bổ nhiệm 2 Thẩm phán Tòa án nhân dân tối cao gồm các ông, bà Lê Văn Khoa, Trần Thị Hảo.',
      [['Lê Văn Khoa', ['Thẩm phán Tòa án nhân dân tối cao']], ['Trần Thị Hảo', ['Thẩm phán Tòa án nhân dân tối cao']]]],
    ['"gồm các ông, bà:" after a term of office, the last name after "và bà"',
      'Kỳ họp bầu 3 Phó Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026 gồm các ông, bà: Lê Văn Khoa, Phạm Minh Đạt và bà Trần Thị Hảo.',
      [['Lê Văn Khoa', ['Phó Chủ tịch UBND tỉnh']], ['Phạm Minh Đạt', ['Phó Chủ tịch UBND tỉnh']], ['Trần Thị Hảo', ['Phó Chủ tịch UBND tỉnh']]]],
    ['birth years in a list, the last item after ", và"',
      'Sở Y tế có 2 Phó Giám đốc nghỉ hưu trước tuổi là bà Trần Thị Hảo (SN 1971), và ông Lê Khoa (SN 1965).',
      [['Trần Thị Hảo', []], ['Lê Khoa', []]]],
    ['a title-first chain with a term of office before the name',
      'Quốc hội nghe Phó Thủ tướng Chính phủ nhiệm kỳ 2016-2021 Lê Văn Khoa trình bày báo cáo.',
      [['Lê Văn Khoa', ['Phó Thủ tướng Chính phủ']]]],
    ['a term of office, then ", đồng chí <name>"',
      'Phát biểu khai mạc, Bí thư Tỉnh ủy nhiệm kỳ 2020 – 2025, đồng chí Lê Văn Khoa, nhấn mạnh yêu cầu.',
      [['Lê Văn Khoa', ['Bí thư Tỉnh ủy']]]],
    ['ambassadors listed with their countries', 'Đại sứ Maroc Ahmed Benali, Đại sứ Bồ Đào Nha João Silva và Đại sứ Estonia Karl Tamm trình Quốc thư.',
      [['Ahmed Benali', ['Đại sứ Maroc']], ['João Silva', ['Đại sứ Bồ Đào Nha']], ['Karl Tamm', ['Đại sứ Estonia']]]],
    ['a hyphenated Arabic family name', 'Chủ tịch Thượng viện Jordan Samir Al-Rifai sẽ thăm Việt Nam.',
      [['Samir Al-Rifai', ['Chủ tịch Thượng viện Jordan']]]],
    ['an ambassador "tại Việt Nam" before a foreign name', 'Đại sứ Nhà nước Palestine tại Việt Nam Omar Haddad phát biểu.',
      [['Omar Haddad', ['Đại sứ Nhà nước Palestine tại Việt Nam']]]],
    ['a deputy prosecutor-general', 'Đoàn do ông Sok Vanna, Phó Tổng chưởng lý Campuchia dẫn đầu.', [['Sok Vanna', ['Phó Tổng chưởng lý Campuchia']]]],
    ['TBT for Tổng Bí thư', 'Đó là yêu cầu của TBT Lê Văn Khoa tại cuộc họp.', [['Lê Văn Khoa', ['TBT']]]],
    ['the Central Inspection Commission abbreviated', 'Ông Lê Văn Khoa, Chủ nhiệm UBKTTW chủ trì kỳ họp.', [['Lê Văn Khoa', ['Chủ nhiệm UBKTTW']]]],
    ['the State Bank is no commercial bank', 'Ông Lê Văn Khoa, Phó Giám đốc Ngân hàng Nhà nước chi nhánh TP.HCM, cho biết.',
      [['Lê Văn Khoa', ['Phó Giám đốc Ngân hàng Nhà nước chi nhánh TP.HCM']]]],
    ['a former department, "cũ"', 'Ông Lê Văn Khoa, Giám đốc Sở Tài chính cũ, phát biểu.', [['Lê Văn Khoa', ['Giám đốc Sở Tài chính']]]],
    ['re-elected to a post after an age between commas', 'Tại kỳ họp, ông Lê Văn Khoa, 56 tuổi, tái đắc cử chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.',
      [['Lê Văn Khoa', ['Chủ tịch UBND tỉnh']]]],
    ['a commune after "huyện" is no appointee', 'Ông Lê Văn Khoa, Chủ tịch HĐND huyện Sơn Tịnh được bổ nhiệm giữ chức Phó Giám đốc Sở Tài chính.',
      [['Lê Văn Khoa', ['Chủ tịch HĐND huyện Sơn Tịnh']]]],
    ['a highland district after "huyện ủy" is no foreign name', 'Ông từng làm Bí thư huyện ủy Krông Ana, Giám đốc Sở Tài chính.', []],
    ['a country named whole, never a name inside it', 'Chủ tịch nước bổ nhiệm Đại sứ Việt Nam tại Bồ Đào Nha và Ireland.', []],
    ['particles inside a foreign name', 'Đại sứ Bồ Đào Nha Francisco de Souza e Silva và Đại sứ Estonia Martin Kokk trình Quốc thư.',
      [['Francisco de Souza e Silva', ['Đại sứ Bồ Đào Nha']], ['Martin Kokk', ['Đại sứ Estonia']]]],
    ['a continent in an organ\'s name', 'Chủ tịch Ủy ban châu Âu Ursula von der Leyen phát biểu.', [['Ursula von der Leyen', ['Chủ tịch Ủy ban châu Âu']]]],
    ['a monarch\'s regnal number', 'Chủ tịch nước mong sớm đón Quốc vương Mohammed VI thăm Việt Nam.', [['Mohammed VI', ['Quốc vương']]]],
    ['a counted title with exactly as many holders between commas', 'Hai cựu Thứ trưởng Bộ Tài chính, Lê Văn Khoa và Phạm Minh Đạt, bị khởi tố.',
      [['Lê Văn Khoa', ['cựu Thứ trưởng Bộ Tài chính']], ['Phạm Minh Đạt', ['cựu Thứ trưởng Bộ Tài chính']]]],
    ['not when the count differs', 'Ba Phó Chủ tịch UBND tỉnh, Lê Văn Khoa và Phạm Minh Đạt, cùng dự.', []],
    ['a name broken by a hard-wrapped line after the surname',
      'Dự hội nghị có đồng chí Trần Thị Hảo, Trưởng ban pháp chế HĐND huyện Duy Xuyên, đồng chí Nguyễn\nVăn Khoa, Viện trưởng VKSND huyện.',
      [['Trần Thị Hảo', ['Trưởng ban pháp chế HĐND huyện Duy Xuyên']], ['Nguyễn Văn Khoa', ['Viện trưởng VKSND huyện']]]],
    ['a given name typed in lower case before a dash', 'Trưởng đoàn là đồng chí Lê Khắc lập - Phó Giám đốc Sở Y tế.', [['Lê Khắc lập', ['Phó Giám đốc Sở Y tế']]]],
    ['a foreign name with an initial after "Ngài"', 'Bộ trưởng tiếp Ngài John B. Miller , Thứ trưởng Bộ Ngoại giao Hoa Kỳ.',
      [['John B. Miller', ['Thứ trưởng Bộ Ngoại giao Hoa Kỳ']]]],
    ['the signer in a legal site\'s document card, the next label on the same line',
      'Loại văn bản : Quyết định Số hiệu : 15/2014/QĐ-UBND\nNgười ký : Lê Văn Khoa Nơi ban hành : UBND TỈNH\nNgày phát hành : 10/06/2014',
      [['Lê Văn Khoa', []]]],
    ['the signer closing its line', 'Nơi ban hành: Bộ Y tế Người ký: Trần Thị Hảo\nNgày ban hành: 23/01/2025', [['Trần Thị Hảo', []]]],
    ['"người ký" with no name after it', 'Người ký hợp đồng là Công ty Minh Phát.', []],
    ['a list after a province whose name ends the title', 'Đại biểu bầu 2 Phó Chủ tịch UBND tỉnh Hà Giang nhiệm kỳ 2016-2021 gồm các ông, bà: Lê Văn Khoa, Trần Thị Hảo.',
      [['Lê Văn Khoa', ['Phó Chủ tịch UBND tỉnh Hà Giang']], ['Trần Thị Hảo', ['Phó Chủ tịch UBND tỉnh Hà Giang']]]],
    ['an author\'s byline: name on one line, former post on the next', 'Bầu cử và chất lượng đại biểu\n\nTS. Lê Văn Khoa\nNguyên Chủ nhiệm Văn phòng Quốc hội\n08:21, ngày 16-04-2021',
      [['Lê Văn Khoa', ['Nguyên Chủ nhiệm Văn phòng Quốc hội']]]],
  ])('%s', (_label, text, want) => {
    expect(officials(text)).toEqual(want);
  });

  it.each([
    ['a commercial bank\'s director', 'Ông Lê Văn Khoa, Phó Giám đốc Ngân hàng Á Châu chi nhánh Cần Thơ, cho biết.'],
    ['a brand ambassador from a country', 'Đại sứ thương hiệu Hàn Quốc Kim Min Jae đến Hà Nội.'],
    ['a foreigner with an honorific and a company post', 'Ông John Smith, Giám đốc công ty ABC, cho biết.'],
  ])('%s is no official', (_label, text) => {
    expect(recognize(text).officials).toEqual([]);
  });
});
