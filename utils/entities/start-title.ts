import { isSyllable } from './name-run';
import { phraseSet } from './phrase-lexicon';
import { SKIPPED_MODIFIERS, TITLE_HEADS, TITLE_MODIFIERS } from './title-heads';
import { tokenKey, type TextContext } from './text-context';
import { ALLCAPS, CAP, WORD } from './tokenize';

// Heads that open an honour or a role, not a post: "đại sứ thương hiệu" (brand ambassador).
const NOT_POSTS = phraseSet(['đại sứ thương hiệu', 'đại sứ thiện chí', 'đại sứ hình ảnh', 'đại sứ du lịch', 'đại sứ truyền thông']);

/** If a title starts at token i: where it starts (modifier included), where the head ends, and the head info. */
export function startTitle(ctx: TextContext, i: number): { from: number; headEnd: number; needsPublic: boolean } | null {
  const t = ctx.tokens;
  if (i >= t.count || t.kind[i] !== WORD) return null;
  let from = i;
  let h = i;
  // "nguyên quyền Bí thư Tỉnh ủy": up to two modifiers.
  while (h < i + 2 && h < t.count && t.kind[h] === WORD && TITLE_MODIFIERS.match(ctx, h)) h++;
  // ("các đồng chí Trần Nhật Tân TUV": a capitalised "Tân" ending a name is no "newly appointed".)
  if (h === i && SKIPPED_MODIFIERS.match(ctx, i) && !(t.flags[i]! & CAP && i > 0 && t.kind[i - 1] === WORD && t.flags[i - 1]! & CAP)) from = h = i + 1;
  const m = TITLE_HEADS.match(ctx, h);
  if (!m) return null;
  if (NOT_POSTS.match(ctx, h)) return null;
  // A multi-word head in capitals is a headline ("CHỦ TỊCH NƯỚC ..."), not a title we can delimit.
  // ("UV BTV Huyện Đoàn": an abbreviation written in parts, its first part no word, is a title.)
  if (m.len > 1 && t.flags[h]! & ALLCAPS && isSyllable(tokenKey(ctx, h))) return null;
  // "chức vụ Trưởng Ban", "nhiệm vụ Trưởng đoàn": a lower-case "vụ" ending a word is not "Vụ trưởng".
  // ("cựu vụ trưởng Vụ …": after a modifier it is the head.)
  if (m.len > 1 && h === i && !(t.flags[h]! & CAP) && tokenKey(ctx, h) === 'vụ' && h > 0 && t.kind[h - 1] === WORD && !(t.flags[h - 1]! & CAP)) return null;
  // "Phủ Chủ tịch", "Phủ Thủ tướng": the palace, a place; "Bộ Tư lệnh Vùng 4": the command, an organ.
  if (from === h && h > 0 && t.flags[h - 1]! & CAP && (tokenKey(ctx, h - 1) === 'phủ' || (tokenKey(ctx, h - 1) === 'bộ' && tokenKey(ctx, h) === 'tư'))) return null;
  return { from, headEnd: h + m.len, needsPublic: m.value.needsPublic };
}

// First words of heads that start a new post when they follow an organ's name ("… Tỉnh ủy Phó Chủ tịch …"), and the
// organs named after a post ("Ban Bí thư", "Văn phòng Chủ tịch nước", "Hội đồng Bộ trưởng", "Trợ lý Thủ tướng").
const NEXT_POST_WORDS = new Set(['phó', 'chủ', 'bí', 'giám', 'chánh', 'tổng', 'thứ', 'bộ']);
const POST_ORGAN_ENDS = new Set(['phòng', 'ban', 'đồng', 'phủ', 'lý', 'ký', 'vấn']);

/** True when the head at k opens another post right after an organ's name ("UVBCH Tỉnh ủy Phó Chủ tịch …"). */
export function opensNextPost(ctx: TextContext, k: number): boolean {
  if (k < 1 || ctx.tokens.kind[k - 1] !== WORD || POST_ORGAN_ENDS.has(tokenKey(ctx, k - 1))) return false;
  return NEXT_POST_WORDS.has(tokenKey(ctx, k)) && startTitle(ctx, k)?.from === k;
}
