import type { Clipping } from '../../../utils/db/clipping';
import type { DocumentRef, Official } from '../../../utils/entities/types';

/** Titles, authors and tags that break naive YAML or Markdown writers. */
export const HOSTILE: string[] = [
  'Bí thư nói: "Phải làm ngay"',
  "Tỉnh ủy: họp 'khẩn' # chiều nay",
  '---',
  '...',
  '# Tiêu đề giả',
  'dòng một\ndòng hai\r\ndòng ba\rcuối',
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '```\nmã\n```',
  '`code` và ``hai``',
  'Cờ đỏ 🇻🇳 và 👨‍👩‍👧',
  '\u202Eđảo chiều\u202C \u200Fמימין\u200E',
  'điều khiển \u0000\u0001\u0007\u001b\u007f\u0085\u009f',
  '\uFEFFmở đầu BOM',
  'U+2028\u2028U+2029\u2029',
  'null',
  'Null',
  '~',
  'true',
  'no',
  '1.0',
  '0x1F',
  '1e3',
  '.inf',
  '- x',
  '? hỏi',
  ': hai chấm',
  '[a, b]',
  '{a: 1}',
  '&anchor',
  '*alias',
  '!tag',
  '!!str',
  '%YAML 1.2',
  '@người',
  '|',
  '>',
  '  khoảng trắng đầu và cuối  ',
  '\ttab',
  '',
  '\\ gạch chéo ngược \\n',
  'lẻ \uD800 và \uDFFF',
  '[Bấm vào](javascript:alert(1))',
  '![ảnh](https://evil.example/x.png)',
  'https://evil.example/dang-nhap',
  'www.evil.example',
  'a@evil.example',
  '**đậm** _nghiêng_ ~~gạch~~ ==tô== $x$ %%ẩn%%',
  '1. không phải danh sách',
  '+ cộng',
  '> trích',
  '| a | b |',
  '&amp; &#60; &lt;',
  '[[wikilink]] #thẻ ^khoi',
];

/** An official with the given display fields. */
export function official(name: string, titles: string[] = [], mentions = 1): Official {
  return {
    kind: 'official', key: name.toLowerCase(), name, titles, ranks: [],
    mentions: Array.from({ length: mentions }, () => ({ start: 0, end: name.length, surface: name })),
  };
}

/** A document reference; only what the test sets differs from a Party resolution. */
export function doc(overrides: Partial<DocumentRef> = {}): DocumentRef {
  return {
    kind: 'document', key: 'nghi-quyet:29-nq/tu', surface: 'Nghị quyết số 29-NQ/TU', type: 'Nghị quyết', number: '29',
    symbol: 'NQ/TU', year: null, date: '2023-03-15', issuer: 'Ban Thường vụ Tỉnh ủy', term: 'XX', mentions: [],
    ...overrides,
  };
}

/** A stored clipping about a made-up provincial meeting (our own text). */
export function clipping(overrides: Partial<Clipping> = {}): Clipping {
  return {
    id: 7,
    url: 'https://baotinh.example.vn/tinh-uy-hop.html?utm_source=zalo',
    canonicalUrl: 'https://baotinh.example.vn/tinh-uy-hop.html',
    title: 'Tỉnh ủy họp bàn kế hoạch năm 2024',
    author: 'Đặng Minh Khôi',
    published: '2024-01-15T09:00:00+07:00',
    site: 'Báo Tỉnh',
    lang: 'vi',
    markdown: 'Chiều 15/1, **Ban Thường vụ Tỉnh ủy** họp.\n\n## Kết luận\n\nCác sở triển khai ngay.',
    text: 'Chiều 15/1, Ban Thường vụ Tỉnh ủy họp. Kết luận. Các sở triển khai ngay.',
    officials: [official('Võ Thị Hồng', ['Bí thư Tỉnh ủy', 'Trưởng Đoàn đại biểu Quốc hội tỉnh'], 3)],
    documents: [doc()],
    entityKeys: ['võ thị hồng', 'nghi-quyet:29-nq/tu'],
    note: '',
    tags: ['kế hoạch'],
    clippedAt: Date.UTC(2024, 0, 15, 3, 0, 0),
    updatedAt: Date.UTC(2024, 0, 15, 3, 0, 0),
    ...overrides,
  };
}
