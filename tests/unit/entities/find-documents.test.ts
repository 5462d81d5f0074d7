import { describe, expect, it } from 'vitest';
import { recognize } from '../../../utils/entities/index';

type Want = { surface: string; type?: string | null; number?: string | null; symbol?: string | null; year?: number | null; date?: string | null; issuer?: string | null; term?: string | null; key?: string };

function docs(text: string) {
  return recognize(text).documents;
}

describe('utils/entities/find-documents', () => {
  it.each<[string, string, Want]>([
    ['state symbol with year', 'Chính phủ ban hành Nghị định số 45/2022/NĐ-CP về xử phạt vi phạm hành chính.',
      { surface: 'Nghị định số 45/2022/NĐ-CP', type: 'Nghị định', number: '45', symbol: 'NĐ-CP', year: 2022, key: 'document:45/2022/nd-cp' }],
    ['circular with long ministry code', 'Theo Thông tư 07/2021/TT-BLĐTBXH, mức hỗ trợ được nâng lên.',
      { surface: 'Thông tư 07/2021/TT-BLĐTBXH', type: 'Thông tư', number: '07', symbol: 'TT-BLĐTBXH', year: 2021 }],
    ['state symbol without year', 'UBND tỉnh đã có Quyết định số 2154/QĐ-UBND phê duyệt quy hoạch.',
      { surface: 'Quyết định số 2154/QĐ-UBND', number: '2154', symbol: 'QĐ-UBND', year: null }],
    ['law symbol after "số" without a type word', 'Quốc hội thông qua văn bản số 61/2024/QH15 tại kỳ họp thứ tám.',
      { surface: '61/2024/QH15', type: null, number: '61', symbol: 'QH15', year: 2024 }],
    ['law with its type word', 'Luật số 28/2018/QH14 có hiệu lực từ đầu năm sau.',
      { surface: 'Luật số 28/2018/QH14', type: 'Luật', symbol: 'QH14', year: 2018 }],
    ['party symbol with date and issuer', 'Thực hiện Chỉ thị số 12-CT/TU, ngày 3/4/2023 của Ban Thường vụ Tỉnh ủy về phòng cháy.',
      { surface: 'Chỉ thị số 12-CT/TU', type: 'Chỉ thị', number: '12', symbol: 'CT/TU', date: '2023-04-03', issuer: 'Ban Thường vụ Tỉnh ủy' }],
    ['party symbol with term', 'Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương Đảng (khóa XII) về sắp xếp bộ máy.',
      { surface: 'Nghị quyết số 18-NQ/TW', term: 'XII', issuer: 'Ban Chấp hành Trung ương Đảng' }],
    ['date written with words', 'Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Hội nghị Trung ương 4.',
      { surface: 'Kết luận số 21-KL/TW', date: '2021-10-25' }],
    ['date with dashes', 'Quy định số 08-QĐi/TW ngày 25-10-2018 của Ban Chấp hành Trung ương.',
      { surface: 'Quy định số 08-QĐi/TW', symbol: 'QĐi/TW', date: '2018-10-25' }],
    ['date with dots', 'Kế hoạch số 27-KH/ĐU ngày 07.03.2024 của Đảng ủy xã.',
      { surface: 'Kế hoạch số 27-KH/ĐU', symbol: 'KH/ĐU', date: '2024-03-07' }],
    ['date after the issuer', 'Thông tư số 12/2019/TT-BTC của Bộ Tài chính ngày 4 tháng 3 năm 2019 hướng dẫn.',
      { surface: 'Thông tư số 12/2019/TT-BTC', date: '2019-03-04', issuer: 'Bộ Tài chính' }],
    ['year-less date gives no date', 'Nghị định 91 của Chính phủ được ban hành ngày 20-6 đã có hiệu lực.',
      { surface: 'Nghị định 91', number: '91', symbol: null, date: null, issuer: 'Chính phủ' }],
    ['spaces around an en dash', 'Quán triệt Nghị quyết 44 – NQ/TW đến từng chi bộ.',
      { surface: 'Nghị quyết 44 – NQ/TW', number: '44', symbol: 'NQ/TW', key: 'document:44-nq/tw' }],
    ['space after the hyphen only', 'Triển khai Nghị quyết số 52- NQ/TW trong toàn tỉnh.',
      { surface: 'Nghị quyết số 52- NQ/TW', number: '52', symbol: 'NQ/TW' }],
    ['missing hyphen', 'Căn cứ Quyết định 2117 QĐ/TƯ của Ban Bí thư.',
      { surface: 'Quyết định 2117 QĐ/TƯ', number: '2117', symbol: 'QĐ/TƯ' }],
    ['no space after số', 'Thực hiện Quy định số45-QĐ/TW về thi hành Điều lệ Đảng.',
      { surface: 'Quy định số45-QĐ/TW', number: '45', symbol: 'QĐ/TW' }],
    ['line break inside the reference', 'Thi hành Nghị\nquyết số 33-NQ/TU về văn hóa.',
      { surface: 'Nghị\nquyết số 33-NQ/TU', number: '33', symbol: 'NQ/TU' }],
    ['joint party issuers', 'Quy chế số 05-QC/BTCTU-BDVTU được ký kết hôm qua.',
      { surface: 'Quy chế số 05-QC/BTCTU-BDVTU', symbol: 'QC/BTCTU-BDVTU' }],
    ['bare party symbol', 'Tỉnh ủy ban hành 14-NQ/TU để phát triển du lịch.',
      { surface: '14-NQ/TU', type: 'Nghị quyết', number: '14', symbol: 'NQ/TU' }],
    ['bare state symbol with a type code', 'Văn bản 1520/QĐ-TTg đã phê duyệt chiến lược.',
      { surface: '1520/QĐ-TTg', type: 'Quyết định', symbol: 'QĐ-TTg' }],
    ['official letter after Công văn', 'UBND tỉnh có Công văn số 4312/UBND-KT gửi các sở.',
      { surface: 'Công văn số 4312/UBND-KT', type: 'Công văn', symbol: 'UBND-KT' }],
    ['short form with number only', 'Nghị quyết 68 về kinh tế tư nhân được đón nhận.',
      { surface: 'Nghị quyết 68', number: '68', symbol: null, key: 'document:nghị quyết 68' }],
    ['short form with số', 'Tiếp tục thực hiện Chỉ thị số 05 của Bộ Chính trị.',
      { surface: 'Chỉ thị số 05', number: '05', issuer: 'Bộ Chính trị' }],
    ['named congress resolution', 'Đưa Nghị quyết Đại hội XIV vào cuộc sống.',
      { surface: 'Nghị quyết Đại hội XIV', type: 'Nghị quyết', number: null, key: 'document:nghị quyết đại hội xiv' }],
    ['named provincial congress resolution', 'Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025-2030.',
      { surface: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVIII' }],
    ['named plenum resolution', 'Sau 10 năm thực hiện Nghị quyết Trung ương 7 khóa XI về tam nông.',
      { surface: 'Nghị quyết Trung ương 7 khóa XI', key: 'document:nghị quyết trung ương 7 khóa xi' }],
    ['named law with a year', 'Bộ luật Lao động năm 2019 quy định rõ thời giờ làm việc.',
      { surface: 'Bộ luật Lao động năm 2019', type: 'Bộ luật', year: 2019 }],
    ['old tone placement in the issuer term', 'Nghị quyết số 09-NQ/TU của Tỉnh uỷ (khoá XVI) đã đi vào cuộc sống.',
      { surface: 'Nghị quyết số 09-NQ/TU', term: 'XVI', issuer: 'Tỉnh uỷ' }],
    ['named plenum resolution with T.Ư and a comma', 'Quán triệt Nghị quyết T.Ư 5, khóa XII đến chi bộ.',
      { surface: 'Nghị quyết T.Ư 5, khóa XII', number: null, key: 'document:nghị quyết trung ương 5 khóa xii' }],
    ['lower-case named plenum resolution', 'Các cấp triển khai nghị quyết Hội nghị Trung ương lần thứ 8 của BCH Trung ương Đảng.',
      { surface: 'nghị quyết Hội nghị Trung ương lần thứ 8', type: 'Nghị quyết', number: null }],
    ['number in parentheses after the type word', 'Bộ Y tế có Công văn (số 512/BYT-KCB) gửi các tỉnh.',
      { surface: 'Công văn (số 512/BYT-KCB', number: '512', symbol: 'BYT-KCB' }],
    ['a colon after số', 'Căn cứ Quyết định số: 88/QĐ-UBND ngày 2/3/2021 của UBND huyện.',
      { surface: 'Quyết định số: 88/QĐ-UBND', number: '88', symbol: 'QĐ-UBND', date: '2021-03-02' }],
    ['lower-case short form of a noun-only type', 'Tỉnh tiếp tục thực hiện chỉ thị 15 về giãn cách.',
      { surface: 'chỉ thị 15', type: 'Chỉ thị', number: '15' }],
    ['a project known by its number', 'Triển khai Đề án 06 về dữ liệu dân cư.', { surface: 'Đề án 06', type: 'Đề án', number: '06' }],
    ['a glued hyphen and a stray space in the issuer', 'Theo Thông tư liên tịch số 12/2024/TTLT/BTC- BNNPTNT, ngày 5.6.2024 hướng dẫn.',
      { surface: 'Thông tư liên tịch số 12/2024/TTLT/BTC- BNNPTNT', number: '12', symbol: 'TTLT/BTC-BNNPTNT', date: '2024-06-05' }],
    ['a date after a longer issuer', 'Thực hiện Kết luận số 14 của Lãnh đạo chủ chốt ngày 9/9/2022 về nhân sự.',
      { surface: 'Kết luận số 14', number: '14', date: '2022-09-09' }],
  ])('%s', (_label, text, want) => {
    const found = docs(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(want);
  });

  it.each([
    ['a date', 'Ngày 12/10/2023, hội nghị khai mạc.'],
    ['a vote count', 'Có 77/86 phiếu tán thành.'],
    ['a score', 'Đội nhà thắng 20/30 trận trong mùa giải.'],
    ['an electoral unit', 'Ứng cử viên thuộc đơn vị bầu cử số 3 của huyện.'],
    ['a phone number', 'Liên hệ đường dây nóng 0912 345 678 hoặc 1900-1234.'],
    ['a URL', 'Xem tại https://vanban.gov.vn/van-ban/15/2020/ND-CP.html để biết thêm.'],
    ['a product code', 'Giống lúa ST 25 và IR 64 được giá, OM 4900 giảm nhẹ.'],
    ['a generic plural', 'Các nghị quyết của Tỉnh ủy đều được triển khai nghiêm túc.'],
    ['a resolution named by its year', 'Hoàn thành Nghị quyết năm 2024 của Hội đồng nhân dân.'],
    ['a count of resolutions', 'Bộ Chính trị ban hành 03 Nghị quyết quan trọng.'],
    ['a five-year plan', 'Triển khai Kế hoạch 5 năm về đầu tư công.'],
    ['a plenum, an event', 'Hội nghị lần thứ 8, Ban Chấp hành Trung ương Đảng (khóa XIII) bế mạc.'],
    ['a shareholders meeting resolution', 'Theo Nghị quyết Đại hội đồng cổ đông năm 2024, công ty chia cổ tức.'],
    ['a price range', 'Giá lúa dao động 7.200-7.400 đồng/kg.'],
    ['a task force number', 'Tổ công tác 689 họp định kỳ.'],
    ['an unnumbered law', 'Luật Đầu tư công sửa đổi đang được lấy ý kiến.'],
    ['a verb followed by a count', 'Ban giám khảo quyết định 3 đội vào chung kết và quy định 2 lượt thi.'],
    ['a team numbered like a document', 'Đoàn Kiểm tra số 2 do Phó Thủ tướng dẫn đầu.'],
  ])('finds no document in %s', (_label, text) => {
    expect(docs(text)).toEqual([]);
  });

  it('merges two mentions of the same symbol written differently', () => {
    const found = docs('Nghị quyết số 57-NQ/TW rất quan trọng. Thực hiện Nghị quyết 57 – NQ/TW, tỉnh đã hành động.');
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions).toHaveLength(2);
  });

  it('keeps the first date when a later mention has none', () => {
    const found = docs('Kết luận số 10-KL/TW ngày 1/2/2022. Sau đó, Kết luận số 10-KL/TW tiếp tục được triển khai.');
    expect(found[0]!.date).toBe('2022-02-01');
  });
});
