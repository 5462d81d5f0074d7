import { PhraseLexicon } from './phrase-lexicon';

/** How a type word may be cited: with a full symbol only, or also as a bare number ("Nghị định 100"). */
export interface DocType {
  canonical: string;
  /** "Nghị quyết 57" without "số" is a citation for these; "Kế hoạch 5 năm" is not. */
  bareNumber: boolean;
  /** Also an everyday verb ("quyết định 3 đội"): a bare number counts only after the capitalised word. */
  alsoVerb: boolean;
  /** A generic word ("Văn bản"): a citation only capitalised and with a full symbol after it, never a bare number. */
  symbolOnly: boolean;
}

const VERBS = new Set(['Quyết định', 'Quy định', 'Kết luận', 'Hướng dẫn', 'Báo cáo', 'Thông báo', 'Lệnh']);

const TYPES: Array<[string, boolean]> = [
  ['Nghị quyết', true], ['Nghị quyết liên tịch', true], ['Nghị định', true], ['Quyết định', true], ['Quy định', true],
  ['Chỉ thị', true], ['Kết luận', true], ['Thông tư', true], ['Thông tư liên tịch', true], ['Thông tri', false],
  ['Thông báo', false], ['Hướng dẫn', false], ['Kế hoạch', false], ['Chương trình', false], ['Chương trình hành động', false], ['Đề án', true],
  ['Báo cáo', false], ['Tờ trình', false], ['Công văn', true], ['Công điện', true], ['Luật', false], ['Bộ luật', false],
  ['Pháp lệnh', false], ['Lệnh', false], ['Quy chế', false], ['Thông cáo', false], ['Sắc lệnh', false], ['Hiến pháp', false],
  ['Văn bản', false], ['Văn bản hợp nhất', false],
];

// "Văn bản số 1277/BGDĐT-QLCL": a công văn cited by the generic word, only with its symbol.
const SYMBOL_ONLY = new Set(['Văn bản']);

/** Document type words, longest first ("Thông tư liên tịch" before "Thông tư"). */
export const DOC_TYPES = new PhraseLexicon<DocType>(
  TYPES.map(([w, bare]) => [w, { canonical: w, bareNumber: bare, alsoVerb: VERBS.has(w), symbolOnly: SYMBOL_ONLY.has(w) }] as const),
);

/** Type codes in symbols (Nghị định 30/2020 appendix III and Party rules), lower case → canonical type word. */
export const TYPE_CODES = new Map<string, string>([
  ['nq', 'Nghị quyết'], ['qđ', 'Quyết định'], ['ct', 'Chỉ thị'], ['qc', 'Quy chế'], ['qyđ', 'Quy định'],
  ['qđi', 'Quy định'], ['tc', 'Thông cáo'], ['tb', 'Thông báo'], ['hd', 'Hướng dẫn'], ['ctr', 'Chương trình'],
  ['kh', 'Kế hoạch'], ['pa', 'Phương án'], ['đa', 'Đề án'], ['da', 'Dự án'], ['bc', 'Báo cáo'], ['bb', 'Biên bản'],
  ['ttr', 'Tờ trình'], ['hđ', 'Hợp đồng'], ['cđ', 'Công điện'], ['bgn', 'Bản ghi nhớ'], ['gm', 'Giấy mời'],
  ['nđ', 'Nghị định'], ['tt', 'Thông tư'], ['ttlt', 'Thông tư liên tịch'], ['nqlt', 'Nghị quyết liên tịch'],
  ['kl', 'Kết luận'], ['cv', 'Công văn'], ['l', 'Lệnh'], ['ubtvqh', 'Nghị quyết'], ['pl', 'Pháp lệnh'], ['vbhn', 'Văn bản hợp nhất'],
]);

/** Party symbols are `n-TYPE/ISSUER`; TT there means thông tri, not thông tư. */
export const PARTY_TYPE_CODES = new Map<string, string>([
  ['nq', 'Nghị quyết'], ['ct', 'Chỉ thị'], ['kl', 'Kết luận'], ['qđ', 'Quyết định'], ['qđi', 'Quy định'],
  ['qc', 'Quy chế'], ['bc', 'Báo cáo'], ['ttr', 'Tờ trình'], ['tb', 'Thông báo'], ['hd', 'Hướng dẫn'],
  ['ctr', 'Chương trình'], ['tt', 'Thông tri'], ['bb', 'Biên bản'], ['cv', 'Công văn'], ['kh', 'Kế hoạch'],
  ['đa', 'Đề án'], ['qy', 'Quy định'],
]);
