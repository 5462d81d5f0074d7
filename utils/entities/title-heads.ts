import { PhraseLexicon, phraseSet } from './phrase-lexicon';

/** What a title head implies on its own. */
export interface HeadInfo {
  /** True when the head also names private-sector posts (Chủ tịch, Giám đốc): the title needs a public organ. */
  needsPublic: boolean;
}

// Heads that are public posts whatever follows them.
const STRICT = [
  'Tổng Bí thư', 'Thường trực Ban Bí thư', 'Bí thư', 'Phó Bí thư',
  'Tỉnh ủy viên', 'Thành ủy viên', 'Huyện ủy viên', 'Quận ủy viên', 'Thị ủy viên', 'Đảng ủy viên', 'Chi ủy viên',
  'Chủ tịch nước', 'Phó Chủ tịch nước', 'Thủ tướng', 'Phó Thủ tướng', 'Quyền Thủ tướng',
  'Đại biểu Quốc hội', 'ĐBQH', 'Bộ trưởng', 'Thứ trưởng', 'Chánh án', 'Phó Chánh án',
  'Tổng Kiểm toán', 'Phó Tổng Kiểm toán', 'Thống đốc', 'Phó Thống đốc',
  'Tổng cục trưởng', 'Phó Tổng cục trưởng', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng',
  'Tư lệnh', 'Phó Tư lệnh', 'Chính ủy', 'Phó Chính ủy', 'Tổng Tham mưu trưởng', 'Phó Tổng Tham mưu trưởng',
  'Tham mưu trưởng', 'Chỉ huy trưởng', 'Phó Chỉ huy trưởng', 'Chánh Thanh tra', 'Phó Chánh Thanh tra',
  'Đại sứ', 'Tổng Lãnh sự', 'Kiểm sát viên', 'Thẩm phán', 'Trưởng Công an', 'Phó Trưởng Công an',
  'UVTW', 'UVTƯ', 'UVT.Ư', 'UVBCT', 'UVBTV', 'UV.BCT', 'UV.BTV', 'UV.TW',
  'Thống lĩnh các lực lượng vũ trang', 'Thống lĩnh lực lượng vũ trang', 'Tổng Thanh tra', 'Phó Tổng Thanh tra', 'Chánh Văn phòng Trung ương Đảng',
  'Chi cục trưởng', 'Phó Chi cục trưởng', 'Phó Chi cục', 'Chủ tọa phiên tòa', 'Hội thẩm nhân dân',
  // Party committee members abbreviated (TUV = Tỉnh ủy viên); foreign heads of state and ministers.
  'TUV', 'HUV', 'ThUV', 'QUV', 'ĐUV', 'Tổng thống', 'Phó Tổng thống', 'Ngoại trưởng',
  // Court benches, deputy chiefs of staff, and a common typo of "Bí thư" ("bí thu" is no phrase).
  'Chánh tòa', 'Phó Chánh tòa', 'Phó Tham mưu trưởng', 'Bí thu', 'Phó Bí thu',
  // "thủ trướng" (a banner's owner) is no phrase: a typo of "Thủ tướng".
  'Thủ trướng', 'Phó Thủ trướng', 'Bi thư', 'Phó Bi thư', 'Tổng Bí tư',
  // Heads of state of monarchies; division, brigade and regiment commanders; UVTV = Ủy viên Ban Thường vụ.
  'Quốc vương', 'Nhà vua', 'Sư đoàn trưởng', 'Phó Sư đoàn trưởng', 'Lữ đoàn trưởng', 'Phó Lữ đoàn trưởng',
  'Trung đoàn trưởng', 'Phó Trung đoàn trưởng', 'UVTV', 'UV BTV',
  // A Commonwealth realm's governor-general, a province's premier, a commander-in-chief.
  'Toàn quyền', 'Tổng Toàn quyền', 'Thủ hiến', 'Tổng Tư lệnh', 'Phó Tổng Tư lệnh',
  // Members of a foreign parliament's lower and upper houses.
  'Hạ nghị sĩ', 'Thượng nghị sĩ', 'Nghị sĩ',
  // Commune posts: its land officer, budget accountant, military commander and deputy.
  'Cán bộ địa chính', 'Công chức địa chính', 'Kế toán ngân sách', 'Xã đội trưởng', 'Xã đội phó',
  // Abbreviated General Secretary (headlines); a prosecutor-general and deputy.
  'TBT', 'Tổng chưởng lý', 'Phó Tổng chưởng lý', 'Chưởng lý',
  // Cambodia's and Laos's secretaries of state; a provincial governor (Lao Tỉnh trưởng, Chinese Tỉnh trưởng).
  'Quốc vụ khanh', 'Tỉnh trưởng', 'Phó Tỉnh trưởng',
  // PBT = Phó Bí thư, PBTTT = Phó Bí thư Thường trực, UVBCHTW = Ủy viên Ban Chấp hành Trung ương.
  'PBT', 'PBTTT', 'UVBCHTW', 'UVBCH TW',
  // TVTU = (Ủy viên Ban) Thường vụ Tỉnh ủy, and the same for a district, a city and a town.
  'TVTU', 'TVHU', 'TVThU', 'TVQU', 'UVTVTU', 'UVBTVTU', 'UVTVHU', 'UVBTVHU',
  // TTgCP = Thủ tướng Chính phủ ("Phó TTgCP Bùi Thanh Sơn" in a decision's list of recipients).
  'TTgCP', 'Phó TTgCP', 'Phó TTg',
  // Deputy heads named after their department ("Vụ phó", "Cục phó") and State inspectors.
  'Vụ phó', 'Cục phó', 'Chi cục phó', 'Thanh tra viên', 'Thanh tra viên chính', 'Thanh tra viên cao cấp',
  // Heads of villages and hamlets, under the commune's People's Committee.
  'Trưởng thôn', 'Phó thôn', 'Phó Trưởng thôn', 'Trưởng bản', 'Phó bản', 'Phó Trưởng bản', 'Trưởng ấp', 'Phó ấp',
  'Phó Trưởng ấp', 'Trưởng buôn', 'Phó buôn', 'Trưởng khu phố', 'Phó khu phố', 'Trưởng xóm', 'Phó xóm',
  // ĐB = đại biểu (Quốc hội) in parliamentary reports: "ĐB Vương Thị Hương (Hà Giang)".
  'ĐB',
  // A border post's commander and deputy; a unit's political officer and deputy.
  'Đồn trưởng', 'Phó Đồn trưởng', 'Chính trị viên', 'Chính trị viên phó',
  // A foreign city's mayor and deputy; the mayor of a Lao capital.
  'Thị trưởng', 'Phó Thị trưởng', 'Đô trưởng', 'Phó Đô trưởng',
  // Diplomatic ranks below an ambassador: a minister, a counsellor, an attaché, a deputy consul general.
  'Công sứ', 'Tham tán', 'Tham tán Công sứ', 'Tùy viên', 'Phó Tổng Lãnh sự',
  // "người đồng cấp Trung Quốc Vương Nghị": a leader's or minister's counterpart abroad.
  'Người đồng cấp',
];

// Heads shared with companies, clubs and events: public only with a public organ in the title.
const AMBIGUOUS = [
  'Chủ tịch', 'Phó Chủ tịch', 'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Phó Tổng Giám đốc',
  'Trưởng phòng', 'Phó Trưởng phòng', 'Ủy viên', 'Trưởng ban', 'Phó Trưởng ban', 'Chủ nhiệm', 'Phó Chủ nhiệm',
  'Viện trưởng', 'Phó Viện trưởng', 'Tổng Thư ký', 'Phó Tổng Thư ký', 'Chánh Văn phòng', 'Phó Chánh Văn phòng',
  'Trưởng đoàn', 'Phó Trưởng đoàn', 'Chuyên gia cao cấp',
  'Đại biểu', 'Người phát ngôn', 'Hiệu trưởng', 'Tổng Biên tập', 'Phó Tổng Biên tập', 'Trưởng khoa', 'Phó Trưởng khoa', 'Phó Hiệu trưởng',
  'Tổ trưởng', 'Tổ phó', 'GĐ', 'PGĐ', 'Trạm trưởng', 'Trạm phó', 'Đội trưởng', 'Đội phó', 'Phó Đội trưởng', 'Kiểm soát viên',
  // PCT = Phó Chủ tịch, UVBCH = Ủy viên Ban Chấp hành; "Phó Ban Tổ chức" drops the "trưởng".
  'PCT', 'Phó CT', 'UVBCH', 'UV BCH', 'Phó Ban', 'UV',
  // A spokesperson of a public office, a member of a council ("Thành viên Hội đồng Đại học Quốc gia").
  'Phát ngôn viên', 'Thành viên',
  // "Thường vụ Tỉnh ủy" for a member of its standing committee; a civil servant ("công chức tư pháp xã").
  'Thường vụ', 'Công chức', 'Cán bộ', 'Phó phòng', 'Thường trực',
  // An assistant, secretary or adviser to a leader ("Trợ lý Thủ tướng", "Thư ký Chủ tịch nước", "Cố vấn … Nội các").
  'Trợ lý', 'Thư ký', 'Cố vấn', 'Trưởng đại diện', 'Phó Trưởng đại diện', 'Phó Trợ lý', 'Thủ trưởng', 'Phó Thủ trưởng',
  // A civil servant's grade ("chuyên viên Phòng Tài chính huyện", "Chuyên viên chính Vụ …").
  'Chuyên viên', 'Chuyên viên chính', 'Chuyên viên cao cấp',
  // CT = Chủ tịch ("CT hội nông dân xã"); a public body's accountant and cashier ("thủ quỹ UBND xã").
  'CT', 'Kế toán', 'Kế toán trưởng', 'Thủ quỹ',
];

/** Title heads (start of a title), matched case-insensitively. */
export const TITLE_HEADS = new PhraseLexicon<HeadInfo>([
  ...STRICT.map((h) => [h, { needsPublic: false }] as const),
  ...AMBIGUOUS.map((h) => [h, { needsPublic: true }] as const),
]);

/** Words kept in front of a head as part of the title (former, acting). */
export const TITLE_MODIFIERS = phraseSet(['nguyên', 'quyền', 'cựu']);

/** Words that may sit in front of a head but are not part of the title (newly appointed). */
export const SKIPPED_MODIFIERS = phraseSet(['tân']);
