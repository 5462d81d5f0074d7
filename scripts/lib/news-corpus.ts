/** Deterministic generator of Vietnamese news-like text with officials and documents, for benchmarks. */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Đinh', 'Mai'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Xuân', 'Ngọc', 'Hồng', 'Quang', 'Công', 'Đình'];
const GIVENS = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hùng', 'Khoa', 'Lan', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Trung', 'Vinh'];
const PROVINCES = ['Lào Cai', 'Nghệ An', 'Quảng Nam', 'Cà Mau', 'Bắc Ninh', 'Gia Lai', 'Đồng Tháp', 'Hà Tĩnh', 'Sơn La', 'Tây Ninh'];
const TITLES = [
  'Ủy viên Trung ương Đảng', 'Bí thư Tỉnh ủy', 'Phó Bí thư Thường trực Tỉnh ủy', 'Chủ tịch UBND tỉnh', 'Phó Chủ tịch HĐND tỉnh',
  'Trưởng Đoàn ĐBQH tỉnh', 'Giám đốc Sở Tài chính', 'Trưởng Ban Tuyên giáo Tỉnh ủy', 'Chủ tịch Ủy ban MTTQ tỉnh', 'Giám đốc Công an tỉnh',
];
const FILLER = [
  'Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội trong 6 tháng đầu năm',
  'Tăng trưởng kinh tế của địa phương đạt 7,5%, thu ngân sách vượt dự toán 12%',
  'Các đại biểu tập trung thảo luận về giải pháp tháo gỡ khó khăn cho doanh nghiệp',
  'Công tác cải cách hành chính tiếp tục được đẩy mạnh, chỉ số hài lòng của người dân tăng',
  'Giá lúa tươi tại ruộng dao động từ 6.800 đến 7.200 đồng/kg, tăng nhẹ so với tuần trước',
  'Tỉnh đã hoàn thành 95% kế hoạch xây dựng nông thôn mới, có 120 xã đạt chuẩn',
  'Nhiều hộ dân ở vùng sâu, vùng xa được hỗ trợ nhà ở và nước sạch',
  'Lực lượng chức năng đã kiểm tra 230 cơ sở kinh doanh, xử phạt 18 trường hợp vi phạm',
];
const DOCS = [
  (r: () => number) => `Nghị quyết số ${1 + Math.floor(r() * 90)}-NQ/TU ngày ${1 + Math.floor(r() * 28)}/${1 + Math.floor(r() * 12)}/20${10 + Math.floor(r() * 15)} của Ban Chấp hành Đảng bộ tỉnh`,
  (r: () => number) => `Nghị định số ${10 + Math.floor(r() * 200)}/20${15 + Math.floor(r() * 10)}/NĐ-CP của Chính phủ`,
  (r: () => number) => `Quyết định số ${100 + Math.floor(r() * 3000)}/QĐ-UBND`,
  (r: () => number) => `Kết luận số ${1 + Math.floor(r() * 150)}-KL/TW của Bộ Chính trị`,
  (r: () => number) => `Chỉ thị ${1 + Math.floor(r() * 40)} của Thủ tướng Chính phủ`,
  () => 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX',
];

/** Builds `count` articles (about 3 KB each) from a fixed seed. */
export function generateArticles(count: number, seed = 20240901): string[] {
  const r = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const person = (): string => `${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVENS)}`;
  const articles: string[] = [];
  for (let a = 0; a < count; a++) {
    const province = pick(PROVINCES);
    const parts: string[] = [`Sáng ${1 + Math.floor(r() * 28)}/${1 + Math.floor(r() * 12)}, tại tỉnh ${province}, Tỉnh ủy tổ chức hội nghị sơ kết.`];
    const lead = person();
    parts.push(`Đồng chí ${lead}, ${pick(TITLES)}, ${pick(TITLES)} chủ trì hội nghị.`);
    while (parts.join(' ').length < 3000) {
      const x = r();
      if (x < 0.7) parts.push(pick(FILLER) + '.');
      else if (x < 0.78) parts.push(`${pick(TITLES)} ${person()} nhấn mạnh: ${pick(FILLER).toLowerCase()}.`);
      else if (x < 0.83) parts.push(`Dự hội nghị có các đồng chí: ${person()}, ${pick(TITLES)}; ${person()}, ${pick(TITLES)}.`);
      else if (x < 0.95) parts.push(`Theo ${pick(DOCS)(r)}, ${pick(FILLER).toLowerCase()}.`);
      else parts.push(`Bí thư ${lead.split(' ').pop()} đề nghị các cấp tiếp tục thực hiện tốt nhiệm vụ.`);
      if (r() < 0.2) parts.push('\n\n');
    }
    articles.push(parts.join(' '));
  }
  return articles;
}
