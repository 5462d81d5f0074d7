import { tokenKey, type TextContext } from './text-context';
import { CAP, WORD } from './tokenize';

// Words ending a monument's or a prize's name before "Chủ tịch Hồ Chí Minh" (lăng, bảo tàng, khu di tích, tượng
// đài, nhà lưu niệm, giải thưởng, di chúc), or a commemoration (ngày sinh, tưởng nhớ): there the name is part of a
// place, an award or an anniversary, not a person acting in the news.
const MONUMENT_ENDS = new Set(['lăng', 'tàng', 'tích', 'trường', 'đài', 'tượng', 'đền', 'thờ', 'sàn', 'niệm', 'phủ',
  'đường', 'phố', 'mộ', 'viện', 'thưởng', 'chương', 'ảnh', 'dung', 'thân', 'khu', 'nhà', 'cụm', 'tranh', 'chúc',
  // Commemorations: "(kỷ niệm) ngày sinh", "tưởng nhớ", "biết ơn", "ngày giỗ", "viếng".
  'sinh', 'nhớ', 'ơn', 'giỗ', 'viếng']);

/**
 * "… ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi …": the country's first president named by his post (his name is
 * also a city's, so the place lexicon hides it). Token range of the name when the bare head "Chủ tịch" at i is
 * followed by it and no monument or capitalised organ word precedes; otherwise null.
 */
export function presidentHoAt(ctx: TextContext, i: number): [number, number] | null {
  const t = ctx.tokens;
  const n = i + 2;
  if (n + 2 >= t.count || tokenKey(ctx, i) !== 'chủ' || tokenKey(ctx, i + 1) !== 'tịch' || !(t.flags[i]! & CAP)) return null;
  if (tokenKey(ctx, n) !== 'hồ' || tokenKey(ctx, n + 1) !== 'chí' || tokenKey(ctx, n + 2) !== 'minh' || !(t.flags[n]! & CAP)) return null;
  // "Hồ Chí Minh Thành": a longer capitalised run is some other name.
  if (n + 3 < t.count && t.kind[n + 3] === WORD && t.flags[n + 3]! & CAP && t.start[n + 3] === t.end[n + 2]! + 1) return null;
  const p = i - 1;
  if (p < 0 || t.kind[p] !== WORD) return [n, n + 3];
  if (MONUMENT_ENDS.has(tokenKey(ctx, p))) return null;
  if (tokenKey(ctx, p) === 'của' && MONUMENT_ENDS.has(tokenKey(ctx, p - 1))) return null; // "Di chúc của Chủ tịch Hồ Chí Minh"
  // A capitalised word before it names something ("Di chúc", "Quảng trường"), unless it opens the sentence ("Ngày").
  if (t.flags[p]! & CAP && p > 0 && t.kind[p - 1] === WORD) return null;
  return [n, n + 3];
}
