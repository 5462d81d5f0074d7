import { hardWrapAt } from './hard-wrap';
import { TITLE_HEADS } from './title-heads';
import { PLACES } from './places';
import { NON_NAME_FIRST, STOP_WORDS } from './stop-words';
import { SURNAMES } from './surnames';
import { tokenKey, type TextContext } from './text-context';
import { ALLCAPS, CAP, DOTTED, NL_BEFORE, NUM, PARA_BEFORE, PUNCT, WORD } from './tokenize';

/** How much the context vouches for a capitalised run being a person's name. */
export type NameContext = 'weak' | 'strong';

// Onset + nucleus + coda of a Vietnamese syllable: tells ALL-CAPS names (NGUYỄN) from acronyms (UBND).
const SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]{1,3}(ng|nh|ch|[cmnpt])?$/;

// Function words no name holds: in a headline written in capitals they end a run of names ("… LÊ VĂN SỸ CHẤT VẤN BỘ
// NỘI VỤ VỀ …"), as their lower case ends a title.
// (Not "Được", "Dự", "Tiếp", "Đạo", "Từ", "Cho": given names and family names too.)
const CAPS_FUNCTION_WORDS = new Set(['về', 'của', 'với', 'tại', 'và', 'các', 'những', 'trong', 'khi', 'đã', 'sẽ', 'đang', 'bị', 'là', 'có',
  'này', 'đó', 'để', 'theo', 'chất', 'vấn', 'thăm', 'làm', 'việc', 'kiểm', 'tra', 'trao', 'tặng']);

/** True when `key` (lower case) spells a Vietnamese syllable ("chủ", "bí"; not "uv", "btv"). */
export const isSyllable = (key: string): boolean => SYLLABLE.test(key);

/** True when token i can be part of a personal name in the given case style. */
export function isNameToken(ctx: TextContext, i: number, allCaps: boolean): boolean {
  const t = ctx.tokens;
  if (i < 0 || i >= t.count || t.kind[i] !== WORD) return false;
  const f = t.flags[i]!;
  if (!(f & CAP)) return false;
  if (t.end[i]! - t.start[i]! > 8) return false;
  // dots, slashes, digits make abbreviations and codes; an apostrophe (H'Hen) is fine
  if (f & DOTTED && !/^[^./&0-9]+$/.test(ctx.text.slice(t.start[i], t.end[i]))) return false;
  if (allCaps) return (f & ALLCAPS) !== 0 && SYLLABLE.test(tokenKey(ctx, i)) && !CAPS_FUNCTION_WORDS.has(tokenKey(ctx, i));
  return !(f & ALLCAPS);
}

function caseStyle(ctx: TextContext, i: number): boolean {
  return (ctx.tokens.flags[i]! & ALLCAPS) !== 0;
}

/** End (exclusive) of the run of name tokens starting at i (same case style, no line break inside). */
export function capRunEnd(ctx: TextContext, i: number, max = 8): number {
  const caps = caseStyle(ctx, i);
  let j = i;
  // "ông Nguyễn Thành Đạt Phó bí thư …": a title's head ends the run (a name never holds one).
  while (j < ctx.tokens.count && j - i < max && isNameToken(ctx, j, caps) && !(j > i + 1 && !caps && TITLE_HEADS.match(ctx, j))) {
    j++;
    if (j < ctx.tokens.count && ctx.tokens.flags[j]! & NL_BEFORE && !wrappedGiven(ctx, i, j, caps)) break;
  }
  return j;
}

// Middle names frequent enough that "<surname> <middle>" at a line's end is a name still missing its given name.
const MIDDLE_NAMES = new Set(['văn', 'thị', 'hữu', 'đức', 'minh', 'thanh', 'quốc', 'xuân', 'ngọc', 'hồng', 'quang', 'công', 'đình',
  'trọng', 'thế', 'mạnh', 'tiến', 'duy', 'anh', 'hoàng', 'tuấn', 'sỹ', 'sĩ', 'bá', 'viết', 'khắc', 'tấn', 'kim', 'thu', 'hải', 'trung']);

// "Thủ tướng Phạm Minh\nChính tham dự": a hard-wrapped text breaks a name after its middle name; the given name
// opens the next line, alone (the word after it is no name word).
function wrappedGiven(ctx: TextContext, i: number, j: number, caps: boolean): boolean {
  const f = ctx.tokens.flags;
  // "Chủ nhiệm … Nguyễn\nThúy Anh" in a hard-wrapped paragraph: a surname alone at the end of a long line.
  if (j - i === 1 && !caps && SURNAMES.has(tokenKey(ctx, i)) && hardWrapAt(ctx, j)) return isNameToken(ctx, j, caps);
  // In a hard-wrapped paragraph any second word may be the middle name ("Bộ trưởng Bộ Tư pháp Lê Thành\nLong").
  if (j - i !== 2 || f[j]! & PARA_BEFORE || !SURNAMES.has(tokenKey(ctx, i))) return false;
  // A headline with no full stop looks wrapped too: the next line opening with a title or an organ is no given name.
  // So is one opening with a time or a sentence opener ("… Đổng Quân\nSáng 17-4, …").
  if (!MIDDLE_NAMES.has(tokenKey(ctx, i + 1)) && (!hardWrapAt(ctx, j) || ORGAN_NOUNS.has(tokenKey(ctx, j)) || TITLE_HEADS.match(ctx, j) ||
    NON_NAME_FIRST.has(tokenKey(ctx, j)) || ctx.tokens.kind[j + 1] === NUM)) return false;
  if (!isNameToken(ctx, j, caps)) return false;
  return j + 1 >= ctx.tokens.count || (f[j + 1]! & NL_BEFORE) !== 0 || !isNameToken(ctx, j + 1, caps);
}

/** Start of the run of name tokens ending at token j (inclusive). */
export function capRunStart(ctx: TextContext, j: number, max = 8): number {
  if (!isNameToken(ctx, j, caseStyle(ctx, j))) return j + 1;
  const caps = caseStyle(ctx, j);
  let i = j;
  while (i > 0 && j - i < max - 1 && isNameToken(ctx, i - 1, caps)) {
    // "đồng chí Nguyễn\nVăn Tập": a hard-wrapped line may end on the surname.
    if (ctx.tokens.flags[i]! & NL_BEFORE && !(hardWrapAt(ctx, i) && SURNAMES.has(tokenKey(ctx, i - 1)))) break;
    i--;
  }
  return i;
}

/** First words of organs (Sở, Bộ, Ban, Hội ...): the capitalised words after one are its name, not a person. */
export const ORGAN_NOUNS = new Set(['sở', 'bộ', 'ban', 'cục', 'viện', 'hội', 'trường', 'bệnh', 'công', 'tập', 'ngân', 'đội', 'phòng', 'chi',
  'tổng', 'học', 'tòa', 'kho', 'cảng', 'báo', 'đài', 'nhóm', 'trạm', 'hãng', 'quỹ', 'cổng']);
const LEADING_NON_NAME = new Set(['ông', 'bà', 'anh', 'chị', 'em', 'cô', 'chú', 'bác', 'cụ', 'ngài']);
// Ê Đê, Gia Rai names run to five syllables: "Y Thanh Hà Niê Kđăm".
const ETHNIC_OPENERS = new Set(['y', 'h', 'ksor', 'nay', 'siu', 'rơ', 'kpă', 'rcom', 'niê', 'mlô']);

// Chinese family names that are also common words (so not in SURNAMES): trusted only in a strong context.
const SINO_SURNAMES = new Set(['tập', 'ôn', 'mao', 'bạc']);

const Y_WORDS = new Set(['tế', 'dược', 'khoa', 'học', 'sinh', 'học cổ truyền']);

function isPlace(ctx: TextContext, from: number, to: number): boolean {
  const m = PLACES.match(ctx, from);
  return m !== null && m.len === to - from;
}

// Organ words no middle name is: "… Thái Bình Dương Bộ Ngoại giao" holds no person "Dương Bộ Ngoại" (as given names
// they occur: "Nguyễn Văn Viện", "Huỳnh Minh Sở").
const ORGAN_INSIDE = new Set(['bộ', 'sở', 'cục', 'viện', 'tòa']);

function plausible(ctx: TextContext, from: number, to: number, needSurname: boolean): boolean {
  const len = to - from;
  if (len < 2 || len > 4) return false;
  const first = tokenKey(ctx, from);
  // "Tổng Bí thư Tập Cận Bình": a Chinese leader's family name, read in Sino-Vietnamese, is taken right after a title.
  if ((NON_NAME_FIRST.has(first) && !SURNAMES.has(first) && (needSurname || !SINO_SURNAMES.has(first))) || LEADING_NON_NAME.has(first)) return false;
  if (needSurname && !SURNAMES.has(first)) return false;
  // "A Pớt" (a Ba Na or Xơ Đăng name opened by "A"): a real syllable must follow, not another letter ("A A").
  if (first === 'a' && ctx.tokens.end[from + 1]! - ctx.tokens.start[from + 1]! < 2) return false;
  // "Đại biểu Quốc hội khóa XV Đoàn Quảng Ninh": the delegation of a province, not a person surnamed Đoàn.
  if (first === 'đoàn' && isPlace(ctx, from + 1, to)) return false;
  // "…: Giúp Trưởng ban chỉ đạo …": a post's head inside the run is no part of a name.
  for (let j = from + 1; j < to; j++) if (TITLE_HEADS.match(ctx, j) || (j < to - 1 && ORGAN_INSIDE.has(tokenKey(ctx, j)))) return false;
  return !isPlace(ctx, from, to);
}

/** The personal name inside the capitalised run [from, to): place prefixes dropped; null when none. */
export function pickName(ctx: TextContext, from: number, to: number, context: NameContext): [number, number] | null {
  // Sentence-initial "Ông", "Sáng", "Theo" are capitalised but are not part of the name.
  while (to - from > 2 && LEADING_NON_NAME.has(tokenKey(ctx, from))) {
    from++;
    context = 'strong'; // "Ông Y Thanh Hà Niê Kđăm, Bí thư ...": the honorific vouches for the name after it
  }
  let s = from;
  const place = PLACES.match(ctx, from);
  if (place && place.len < to - from && to - from - place.len >= 2) s = from + place.len;
  // "tại Bồ Đào Nha và …", "Bồ Đào Nha Francisco de …": a place with less than a name after it holds no name.
  else if (place) return null;
  if (plausible(ctx, s, to, context === 'weak' || to - s > 4)) return [s, to];
  if (context === 'strong' && to - s === 5 && ETHNIC_OPENERS.has(tokenKey(ctx, s))) return [s, to];
  // "đồng chí My Na Phon Xay Sổm Phu-Phó Bí thư …": a Lao name written syllable by syllable runs to six; vouched for
  // by the honorific, it opens with no Vietnamese surname (two Vietnamese names run together would).
  if (context === 'strong' && to - s >= 5 && to - s <= 6 && !SURNAMES.has(tokenKey(ctx, s)) && !NON_NAME_FIRST.has(tokenKey(ctx, s)) &&
    !LEADING_NON_NAME.has(tokenKey(ctx, s))) return [s, to];
  // "Chủ tịch Hội đồng Dân tộc Y Thanh Hà Niê Kđăm": a name opened by "Y" or "H'" after an organ's capitals.
  // Not "Bộ Y Tế ...": Y opening a medical word is part of the organ.
  for (let a = s; a <= to - 2; a++) {
    const key = tokenKey(ctx, a);
    if ((key === 'y' || key === "h'") && to - a <= 5 && !Y_WORDS.has(tokenKey(ctx, a + 1))) return [a, to];
  }
  // "Sở Văn Hóa": an organ word is followed by at least one word of its own name before any person.
  const minStart = ORGAN_NOUNS.has(tokenKey(ctx, s)) ? s + 2 : s + 1;
  for (const len of [3, 4, 2]) {
    const a = to - len;
    if (a >= minStart && plausible(ctx, a, to, true)) return [a, to];
  }
  return null;
}

// Middle names that never end a name: a two-syllable "Nguyễn Văn" lacks its given name.
const MIDDLE_ONLY = new Set(['văn', 'thị', 'hữu', 'đình', 'bá', 'khắc', 'viết']);

/** "Nguyễn Văn hiến (sinh năm …)": a given name typed in lower case after a middle name, before punctuation. */
export function extendLowerGiven(ctx: TextContext, name: [number, number]): [number, number] {
  const t = ctx.tokens;
  const [a, b] = name;
  if (b - a !== 2 || b + 1 >= t.count || !MIDDLE_ONLY.has(tokenKey(ctx, b - 1))) return name;
  if (t.kind[b] !== WORD || t.flags[b]! & (CAP | NL_BEFORE) || t.kind[b + 1] !== PUNCT) return name;
  return SYLLABLE.test(tokenKey(ctx, b)) && !STOP_WORDS.match(ctx, b) ? [a, b + 1] : name;
}

// Lower-case words that make the capitalised words after them a place ("huyện Yên Thành (nguyên …)").
const PLACE_WORDS = new Set(['tỉnh', 'huyện', 'quận', 'xã', 'phường', 'phố', 'trấn', 'thôn', 'ấp', 'buôn', 'xóm', 'làng', 'bản', 'plei']);

/** True when a lower-case place word (huyện, xã …) stands right before token `start`: what follows is a place. */
export function placeWordBefore(ctx: TextContext, start: number): boolean {
  const k = start - 1;
  return k >= 0 && ctx.tokens.kind[k] === WORD && !(ctx.tokens.flags[k]! & CAP) && PLACE_WORDS.has(tokenKey(ctx, k));
}
