/**
 * Generates Vietnamese news-like article pages of a chosen size for the browser benchmark.
 * All text is the project's own templates; names are combinations of common name parts.
 */

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLES = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Thanh', 'Quốc', 'Xuân', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hùng', 'Khoa', 'Lâm', 'Long', 'Nam', 'Phong', 'Quân', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tuấn', 'Vinh'];
const TITLES = [
  'Bí thư Tỉnh ủy',
  'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh',
  'Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo Tỉnh ủy',
  'Phó Chủ tịch UBND tỉnh',
  'Giám đốc Sở Kế hoạch và Đầu tư',
  'Chủ tịch HĐND huyện',
];
const DOCS = [
  (n: number) => `Nghị quyết số ${n}-NQ/TU`,
  (n: number) => `Nghị định số ${n}/2023/NĐ-CP`,
  (n: number) => `Quyết định số ${n}/QĐ-UBND`,
  (n: number) => `Chỉ thị số ${n}-CT/TW`,
  (n: number) => `Kế hoạch số ${n}/KH-UBND`,
];
const FILLER = [
  'Nhiều hộ dân đã được hỗ trợ chuyển đổi cây trồng, vật nuôi, góp phần nâng cao thu nhập và ổn định cuộc sống.',
  'Các địa phương cần tập trung tháo gỡ khó khăn về mặt bằng, bảo đảm tiến độ giải ngân vốn đầu tư công trong năm.',
  'Công tác chuyển đổi số được đẩy mạnh, nhiều thủ tục hành chính đã được thực hiện trực tuyến toàn trình.',
  'Hội nghị cũng thảo luận các giải pháp phát triển du lịch cộng đồng gắn với bảo tồn văn hóa truyền thống.',
];

/** A deterministic pseudo-random generator (so every run measures the same pages). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** HTML of an article page with about `paragraphs` paragraphs and `mentionsPerParagraph` entity mentions each. */
export function generateArticlePage(paragraphs: number, mentionsPerParagraph: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const body: string[] = [];
  let owed = 0;
  for (let i = 0; i < paragraphs; i++) {
    owed += mentionsPerParagraph;
    const parts: string[] = [];
    while (owed >= 1) {
      owed -= 1;
      if (r() < 0.55) {
        parts.push(`Đồng chí ${pick(SURNAMES)} ${pick(MIDDLES)} ${pick(GIVEN)}, ${pick(TITLES)} phát biểu tại buổi làm việc.`);
      } else {
        parts.push(`Các sở, ngành triển khai ${pick(DOCS)(1 + Math.floor(r() * 300))} trên địa bàn.`);
      }
    }
    parts.push(pick(FILLER));
    // Two text nodes per paragraph: the second sentence sits in an inline element.
    const [first, ...rest] = parts;
    body.push(`<p>${first}${rest.length ? ` <span>${rest.join(' ')}</span>` : ''}</p>`);
  }
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Bài viết thử nghiệm - Báo Thử</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Báo Thử"></head>
<body><header><a href="/">Trang chủ</a></header><main><article><h1>Hội nghị tổng kết công tác năm</h1>
${body.join('\n')}
</article></main></body></html>`;
}
