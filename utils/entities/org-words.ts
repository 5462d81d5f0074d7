import { phraseSet } from './phrase-lexicon';

/** Organs, levels and modifiers that may appear inside a title in any case ("tỉnh", "Hội đồng nhân dân"). */
export const ORG_PHRASES = phraseSet(
  `tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|nước|trung ương|dự khuyết|thường trực|chuyên trách|thường vụ|
quốc hội|đại biểu|đại biểu quốc hội|nhân dân|hội đồng nhân dân|ủy ban nhân dân|ban chấp hành|ban thường vụ|đảng bộ|đảng ủy|
tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|chi bộ|ban tổ chức|ban tuyên giáo|ban dân vận|ban nội chính|ban kinh tế|
ban đối ngoại|ủy ban kiểm tra|mặt trận tổ quốc|ủy ban mặt trận tổ quốc|bộ chính trị|ban bí thư|chính phủ|công an|quân sự|
quân ủy|bộ chỉ huy|bộ đội biên phòng|biên phòng|tổ quốc|thành đoàn|tỉnh đoàn|huyện đoàn|đoàn thanh niên|hội nông dân|
hội liên hiệp phụ nữ|hội cựu chiến binh|liên đoàn lao động|tổng liên đoàn lao động|cộng sản|nhà nước|kiểm toán nhà nước|
ngân hàng nhà nước|quân đội nhân dân|công an nhân dân|quân khu|phụ trách|đoàn đại biểu|đoàn đại biểu quốc hội|
ban chỉ đạo|lý luận|tòa án nhân dân|viện kiểm sát nhân dân|kiểm sát|khu vực|đặc khu|thủ đô|kiêm nhiệm|qh|ubtvqh|
tối cao|nội bộ|các vấn đề xã hội|khoa học và công nghệ|văn hóa thể thao và du lịch|tài nguyên và môi trường|
nông nghiệp và phát triển nông thôn|lao động thương binh và xã hội|kế hoạch và đầu tư|thông tin và truyền thông|tòa án nhân dân tối cao|viện kiểm sát nhân dân tối cao|văn phòng|bản|thôn|ấp|buôn|làng|xóm|bon|plei|khu phố|tổ dân phố|thượng viện|hạ viện|xã hội|
ban cán sự đảng|ban cán sự|đảng đoàn|nông thôn|nông thôn mới|đặc mệnh toàn quyền|châu âu|châu á|châu phi|châu mỹ|
khối các cơ quan|ban dân nguyện|ban công tác đại biểu|ban quản lý dự án|quản lý dự án|dự án|trung ương đoàn|t.ư đoàn|tư đoàn|tw đoàn|cao cấp|ban quản lý các khu công nghiệp|ban quản lý khu kinh tế|ban quản lý khu công nghệ cao|
văn phòng đăng ký đất đai|đăng ký đất đai|văn phòng đăng ký quyền sử dụng đất|đăng ký quyền sử dụng đất|trung cấp|báo nhân dân|báo quân đội nhân dân|báo công an nhân dân|đài truyền hình việt nam|đài tiếng nói việt nam|thông tấn xã việt nam|vtv|vov|ttxvn|khối các cơ quan và doanh nghiệp|khối doanh nghiệp|khối cơ quan|quốc gia|ủy ban quốc gia|cấp cao|
bảo vệ chăm sóc sức khỏe cán bộ|bảo vệ, chăm sóc sức khỏe cán bộ|xã hội chủ nghĩa|cộng hòa xã hội chủ nghĩa việt nam|
hợp tác quốc tế|quốc tế|danh dự|hội chữ thập đỏ|chữ thập đỏ|thanh tra|đoàn thanh tra|đoàn kiểm tra|nội các|văn phòng nội các|vườn quốc gia|
liên hiệp các tổ chức hữu nghị|sở giao dịch chứng khoán|trung tâm lưu ký chứng khoán|các đoàn thể trung ương|các đoàn thể|
hội người cao tuổi|hội cựu thanh niên xung phong|hội nạn nhân chất độc da cam|liên hiệp các hội khoa học và kỹ thuật|
liên hiệp các hội khoa học|ban chính sách , chiến lược trung ương|ban chính sách , chiến lược|chính sách , chiến lược trung ương|chính sách , chiến lược|
huyện đội|tỉnh đội|thành đội|quận đội|thị đội|viện hàn lâm|thứ nhất|hiệp hội các quốc gia đông nam á|việc làm|đổi mới|đổi mới sáng tạo`.split('|').map((p) => p.trim()),
);

/**
 * Phrases inside a title that make an ambiguous head (Chủ tịch, Giám đốc) a public post; the State's own economic groups,
 * exchanges and policy banks among them (their heads are appointed as officials are).
 */
export const PUBLIC_MARKERS = phraseSet(
  `tỉnh|thành phố|huyện|quận|xã|phường|thị xã|thị trấn|nước|trung ương|quốc hội|chính phủ|nhà nước|tỉnh ủy|thành ủy|huyện ủy|
quận ủy|thị ủy|đảng|đảng ủy|đảng bộ|chi bộ|công an|quân đội|quân sự|quân ủy|quân khu|biên phòng|mặt trận|tòa án|viện kiểm sát|
kiểm toán|thanh tra|hội nông dân|hội liên hiệp phụ nữ|hội cựu chiến binh|liên đoàn lao động|đoàn thanh niên|thành đoàn|tỉnh đoàn|
ủy ban|hội đồng nhân dân|bộ|sở|cục|tổng cục|ban tổ chức|ban tuyên giáo|ban dân vận|ban nội chính|ban kinh tế|ban đối ngoại|
ban chỉ đạo|ban thường vụ|ban chấp hành|ban bí thư|bộ chính trị|ban kiểm tra|ubnd|hđnd|ub|mttq|ub.mttq|ubmttq|đbqh|tw|tư|t.ư|tp|tp.hcm|tphcm|
qđnd|cand|tand|vksnd|ksnd|hdnd|bch|btv|bchqs|quốc phòng|an ninh|kho bạc|hội đồng lý luận|thủ đô|văn phòng|học viện chính trị|
đại học quốc gia|hội đồng dân tộc|ủy ban thường vụ quốc hội|ủy ban kiểm tra|qh|ubtvqh|ubtư|ubtw|csgt|cảnh sát|csđt|pccc|qltt|quản lý thị trường|thượng viện|hạ viện|
hội ccb|ccb|hội lhpn|lhpn|hlhpn|hội nd|hnd|hội ndvn|ndvn|liên minh hợp tác xã|liên minh htx|hội chữ thập đỏ|lđlđ|tncs|đoàn tncs|ban cán sự đảng|đảng đoàn|
tài nguyên và môi trường|nông nghiệp và phát triển nông thôn|lao động thương binh và xã hội|lao động - thương binh và xã hội|
kế hoạch và đầu tư|thông tin và truyền thông|văn hóa thể thao và du lịch|giáo dục và đào tạo|tư pháp|nội vụ|giao thông vận tải|
quốc vụ|quốc vụ viện|nhân đại|chính hiệp|ngân hàng nhà nước|nhnn|ubkttw|ubkttư|ubkt|ban quản lý các khu công nghiệp|
ban quản lý khu kinh tế|ban quản lý khu công nghệ cao|bảo hiểm xã hội|bhxh|hải quan|kho bạc nhà nước|bệnh viện đa khoa tỉnh|
bệnh viện đa khoa trung ương|trung tâm y tế|liên minh nghị viện thế giới|ipu|liên hợp quốc|lhq|asean|liên minh châu âu|
ủy ban châu âu|nghị viện châu âu|ngân hàng thế giới|quỹ tiền tệ quốc tế|tổ chức y tế thế giới|biên phòng|
hội người cao tuổi|hội khuyến học|báo|tạp chí|đài phát thanh|đài truyền hình|đài phát thanh và truyền hình|đài phát thanh truyền hình|nhà xuất bản|hội nhà báo|cổng thông tin điện tử chính phủ|liên hiệp các hội văn học nghệ thuật|ban dân nguyện|ban công tác đại biểu|trung ương đoàn|tư đoàn|t.ư đoàn|thủ tướng|phó thủ tướng|chủ tịch nước|tổng bí thư|chủ tịch quốc hội|hội liên hiệp thanh niên|hội sinh viên|
hội hữu nghị|liên hiệp các tổ chức hữu nghị|bộ trưởng|thứ trưởng|ngoại trưởng|học viện|đh quốc gia|đhqg|nội các|vườn quốc gia|vqg|
báo nhân dân|báo quân đội nhân dân|báo công an nhân dân|đài truyền hình việt nam|đài tiếng nói việt nam|thông tấn xã việt nam|vtv|vov|ttxvn|
bệnh viện|tổng thống|phó tổng thống|phủ tổng thống|đại học huế|đh huế|đại học thái nguyên|đh thái nguyên|đại học đà nẵng|đh đà nẵng|công đoàn|vietcombank|vietinbank|bidv|agribank|lầu năm góc|nhà trắng|điện kremlin|viện hành chính|viện lập pháp|hiệp hội các quốc gia đông nam á|unicef|undp|unesco|fao|unfpa|unhcr|unodc|who|ilo|imf|wto|adb|interpol|
tập đoàn điện lực việt nam|evn|evnnpt|tổng công ty truyền tải điện quốc gia|tập đoàn dầu khí việt nam|tập đoàn dầu khí quốc gia việt nam|
petrovietnam|pvn|tập đoàn công nghiệp than - khoáng sản việt nam|vinacomin|tkv|tập đoàn bưu chính viễn thông việt nam|vnpt|viettel|
tập đoàn công nghiệp - viễn thông quân đội|tập đoàn xăng dầu việt nam|petrolimex|tập đoàn công nghiệp cao su việt nam|
tập đoàn hóa chất việt nam|tổng công ty đường sắt việt nam|tổng công ty đầu tư và kinh doanh vốn nhà nước|scic|
sở giao dịch chứng khoán|trung tâm lưu ký chứng khoán|ngân hàng chính sách xã hội|ngân hàng phát triển việt nam|hose|hnx|ubcknn|
liên hiệp các hội khoa học|hội cựu thanh niên xung phong|hội nạn nhân chất độc da cam|ban chính sách , chiến lược|
tổng công ty điện lực|evnnpc|evnspc|evncpc|evnhanoi|evnhcmc|viện hàn lâm|hội đồng liên bang|duma|nghị viện|hội đồng quốc gia|
trường mầm non|trường tiểu học|trường thcs|trường thpt|trường trung học cơ sở|trường trung học phổ thông|trường ptdtnt|
trường phổ thông dân tộc nội trú|trường phổ thông dân tộc bán trú|cdc|trung tâm kiểm soát bệnh tật`.split('|').map((p) => p.trim()),
);

/** Phrases that make an ambiguous head a private post (companies, co-operatives, clubs). */
export const PRIVATE_MARKERS = phraseSet(
  `công ty|tập đoàn|doanh nghiệp|hợp tác xã|htx|ctcp|tnhh|hội đồng quản trị|hđqt|câu lạc bộ|clb|ngân hàng|tổng công ty|
cửa hàng|trang trại|quỹ đầu tư|chứng khoán|ban tổ chức giải|đội bóng|nhà hàng|khách sạn|startup|tư thục|dân lập`.split('|').map((p) => p.trim()),
);
