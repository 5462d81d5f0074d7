import { nameClosesClause } from './name-after-title';
import { capRunEnd, isNameToken, pickName, placeWordBefore } from './name-run';
import { ORG_PHRASES } from './org-words';
import { startTitle } from './parse-title-chain';
import { phraseSet } from './phrase-lexicon';
import { HONORIFICS, MILITARY_RANKS } from './ranks';
import { STOP_WORDS } from './stop-words';
import { punctAt, tokenKey, wordAt, type TextContext } from './text-context';
import { ALLCAPS, CAP, NUM, PUNCT, WORD } from './tokenize';
import { PLACES } from './places';

// How a title's organ name goes on past a comma, "và" or a few lower-case words.


// Organs that, after a comma, name the parent of the organ just read (never a new title or a person).
const COUNCILS = new Set(['hđnd', 'ubnd', 'hội', 'ủy', 'uỷ']);
const PARENT_ORGANS = phraseSet(['sở', 'bộ', 'cục', 'tổng cục', 'công an', 'tand', 'vksnd', 'tòa án', 'bộ chỉ huy', 'quân khu', 'cơ quan', 'đh', 'đại học', 'học viện',
  'hội lhpn', 'hội liên hiệp phụ nữ', 'hội nông dân', 'hội cựu chiến binh', 'liên đoàn lao động', 'ủy ban mttq', 'ủy ban mặt trận tổ quốc',
  'hđnd', 'hội đồng nhân dân', 'ubnd', 'ủy ban nhân dân', 'viện', 'bệnh viện', 'trường đại học']);

/**
 * "…, Bộ Tổng Tham mưu", "…, TAND tỉnh", "…, Quân khu 7": a parent organ named by its own words. "…, Bộ chỉ huy đã
 * chủ động …" is the organ as the subject of the next clause (a verb follows it), not part of the title.
 */
export function parentOrganAt(ctx: TextContext, n: number): boolean {
  const t = ctx.tokens;
  const m = PARENT_ORGANS.match(ctx, n);
  if (!m || startTitle(ctx, n)) return false;
  // "Phó Trưởng ban Pháp chế, HĐND tỉnh": a council's or committee's board; not "Chủ tịch UBND tỉnh, UBND tỉnh …"
  // (the organ named twice is a list of organs).
  if (COUNCILS.has(tokenKey(ctx, n))) {
    for (let j = Math.max(0, n - 10); j < n - 1; j++) if (COUNCILS.has(tokenKey(ctx, j)) || (tokenKey(ctx, j) === 'ban' && tokenKey(ctx, j + 1) === 'nhân')) return false;
  }
  const k = n + m.len;
  if (k >= t.count || t.kind[k] === NUM) return k < t.count;
  return t.kind[k] === WORD && ((t.flags[k]! & CAP) !== 0 || ORG_PHRASES.match(ctx, k) !== null);
}

// Units above a commune or a district, written after one ("xã A, huyện B", "huyện B, tỉnh C", "phường A, TP B").
const HIGHER_UNITS = new Set(['huyện', 'tỉnh', 'thành', 'tp', 'thị', 'quận', 'xã']);
const LOWER_UNITS = new Set(['xã', 'phường', 'trấn', 'huyện', 'quận', 'thị', 'thành', 'thôn', 'ấp', 'bản']);

/**
 * "Chủ tịch UBND xã Hòa Lộc, huyện Lục Nam, tỉnh Bắc Giang": after a local unit's place, the comma before the unit
 * above it and that unit's place.
 */
function higherPlaceAfter(ctx: TextContext, c: number): boolean {
  let unit = -1;
  for (let j = c - 1; j >= Math.max(0, c - 5); j--) if (LOWER_UNITS.has(tokenKey(ctx, j)) && !(ctx.tokens.flags[j]! & CAP)) { unit = j; break; }
  if (unit < 0 || !(ctx.tokens.flags[c - 1]! & CAP)) return false;
  const n = c + 1;
  const key = tokenKey(ctx, n);
  if (!HIGHER_UNITS.has(key) || (ctx.tokens.flags[n]! & CAP && key !== 'tp')) return false;
  const at = key === 'thành' || key === 'thị' ? n + 2 : n + 1;
  return PLACES.match(ctx, at) !== null || ((ctx.tokens.flags[at]! & CAP) !== 0 && capRunEnd(ctx, at) - at <= 3 && capRunEnd(ctx, at) > at);
}

/** "Sở Văn hóa, Thể thao và Du lịch", "phòng, chống": a comma that stays inside one title. */
export function commaStaysInTitle(ctx: TextContext, c: number): boolean {
  const t = ctx.tokens;
  const n = c + 1;
  if (n >= t.count || t.kind[n] !== WORD) return false;
  if (tokenKey(ctx, n) === 'chống') return true;
  // "giải quyết khiếu nại, tố cáo", "phòng, chống tham nhũng, lãng phí, tiêu cực": fixed pairs and series.
  const before = tokenKey(ctx, c - 1);
  if ((tokenKey(ctx, n) === 'tố' && tokenKey(ctx, n + 1) === 'cáo' && before === 'nại') ||
    (tokenKey(ctx, n) === 'lãng' && tokenKey(ctx, n + 1) === 'phí' && before === 'nhũng') ||
    (tokenKey(ctx, n) === 'tiêu' && tokenKey(ctx, n + 1) === 'cực' && before === 'phí')) return true;
  if (higherPlaceAfter(ctx, c)) return true;
  // "Đảng ủy MTTQ, các đoàn thể Trung ương": the Party committee of the Front and the mass organisations.
  if (tokenKey(ctx, n) === 'các' && tokenKey(ctx, n + 1) === 'đoàn' && tokenKey(ctx, n + 2) === 'thể' && tokenKey(ctx, c - 1) === 'mttq') return true;
  // "Phó trưởng phòng Kinh tế - Tài chính, thuộc Văn phòng UBND tỉnh": the organ the unit belongs to.
  if (tokenKey(ctx, n) === 'thuộc' && n + 1 < t.count && t.kind[n + 1] === WORD && (t.flags[n + 1]! & CAP || ORG_PHRASES.match(ctx, n + 1))) return true;
  // "Cục trưởng Cục Tác chiến, Bộ Tổng Tham mưu", "Phó chánh Tòa hình sự, TAND tỉnh": the parent organ follows.
  if (t.flags[n]! & CAP && parentOrganAt(ctx, n)) return true;
  if (!(t.flags[n]! & CAP) || startTitle(ctx, n) || HONORIFICS.match(ctx, n) || MILITARY_RANKS.match(ctx, n)) return false;
  for (let j = n + 1; j < Math.min(t.count, n + 8); j++) {
    // "Trưởng phòng Kế hoạch, Tài chính, Sở LĐTBXH": the unit's name in parts, then its parent organ.
    if (t.kind[j] === PUNCT && ctx.text[t.start[j]!] === ',' && t.flags[j + 1]! & CAP && parentOrganAt(ctx, j + 1)) return true;
    if (t.kind[j] === PUNCT && ctx.text[t.start[j]!] === ',' && t.flags[j + 1]! & CAP && !startTitle(ctx, j + 1)) continue;
    if (t.kind[j] !== WORD || HONORIFICS.match(ctx, j) || MILITARY_RANKS.match(ctx, j)) return false;
    if (tokenKey(ctx, j) === 'và') return j + 1 < t.count && (t.flags[j + 1]! & CAP) !== 0 && !isNameToken(ctx, j + 2, false);
    // "Ủy ban Văn hóa, Giáo dục của Quốc hội": the organ's name runs on to its parent.
    if (tokenKey(ctx, j) === 'của' && t.flags[j + 1]! & CAP && ORG_PHRASES.match(ctx, j + 1)) return true;
    if (!(t.flags[j]! & CAP) && STOP_WORDS.match(ctx, j)) return false;
    // "Chủ nhiệm Ủy ban Văn hóa, Giáo dục Nguyễn Văn A": the organ's name goes on up to the holder's name.
    if (t.flags[j]! & CAP && nameClosesClause(ctx, j)) return true;
  }
  return false;
}

/** "Sở Tài nguyên và Môi trường": "và" followed by a capitalised word that is neither a head nor a name. */
export function continuesOrgName(ctx: TextContext, n: number): boolean {
  const t = ctx.tokens;
  if (n >= t.count || t.kind[n] !== WORD || !(t.flags[n]! & CAP) || startTitle(ctx, n)) return false;
  // "… Thứ trưởng Quốc phòng và Thượng tướng A": a rank or an honorific opens the next person.
  if (MILITARY_RANKS.match(ctx, n) || HONORIFICS.match(ctx, n)) return false;
  const run = capRunEnd(ctx, n);
  return !(run - n >= 2 && pickName(ctx, n, run, 'weak'));
}

/** "phòng, chống tham nhũng tỉnh": a few lower-case words are kept when an organ, place or number follows them. */
export function lowerRunToOrgan(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  let and = false; // after "và" only the organ's acronym may close the run
  for (let j = k; j < Math.min(t.count, k + 8); j++) {
    // "Bộ Văn hóa - thể thao và du lịch (VH-TT&DL)": the ministry's acronym in parts closes its name.
    if (j > k && punctAt(ctx, j) === '(' && acronymParenEnd(ctx, j) > 0) return j;
    // "phụ trách kinh tế kiêm Giám đốc …": a deputy's field, then the next post.
    if (j > k && wordAt(ctx, j) === 'kiêm' && tokenKey(ctx, k - 1) === 'trách' && tokenKey(ctx, k - 2) === 'phụ') return j;
    if (and || j >= k + 5) { if (t.kind[j] === WORD && !(t.flags[j]! & CAP) && !STOP_WORDS.match(ctx, j)) continue; return 0; }
    if (MILITARY_RANKS.match(ctx, j) || (startTitle(ctx, j) && !(t.flags[j]! & CAP))) return 0; // "… bổ nhiệm 3 thẩm phán": another post
    if (t.kind[j] === NUM) return j > k && !startTitle(ctx, j + 1) ? j : 0; // not "… bầu 2 Phó Chủ tịch": a count of posts
    // "… chất lượng giáo dục, Sở GD-ĐT tỉnh": the words reach a comma before the parent organ.
    if (j > k && punctAt(ctx, j) === ',' && t.flags[j + 1]! & CAP && parentOrganAt(ctx, j + 1)) return j;
    if (t.kind[j] !== WORD) return 0;
    if (t.flags[j]! & CAP || ORG_PHRASES.match(ctx, j)) return j > k && !STOP_WORDS.match(ctx, j) ? j : 0;
    if (STOP_WORDS.match(ctx, j)) return 0;
    if (tokenKey(ctx, j) === 'và') and = true;
  }
  return 0;
}

/** A ")" that closes a "(" inside the title ("… Thế giới (IPU)") stays with it. */
export function closesParen(ctx: TextContext, from: number, k: number): boolean {
  if (punctAt(ctx, k) !== ')') return false;
  for (let j = k - 1; j >= from; j--) if (punctAt(ctx, j) === '(') return true;
  return false;
}

/** "Trường Đại học Hồng Đức", "Học viện …", "Bệnh viện …": an institution ends at j, named after a person or a place next. */
export function institutionEndsAt(ctx: TextContext, j: number): boolean {
  const key = j >= 1 ? tokenKey(ctx, j) : '';
  return (key === 'học' && tokenKey(ctx, j - 1) === 'đại') || (key === 'viện' && (tokenKey(ctx, j - 1) === 'học' || tokenKey(ctx, j - 1) === 'bệnh'));
}


// Units named short by their kind and a numeral.
const SHORT_UNIT = new Set(['cục', 'vụ', 'phòng', 'vùng', 'đội', 'đoàn']);

const PAREN_UNITS = new Set(['tỉnh', 'thành', 'huyện', 'quận', 'tp']);
// Lower-case words that open a place inside the parenthesis ("(thị xã Kỳ Anh, Hà Tĩnh)").
const PAREN_PLACE_WORDS = new Set(['tỉnh', 'thành', 'phố', 'huyện', 'quận', 'thị', 'xã', 'trấn', 'phường', 'tp', 'tx']);

/** "(VH-TT&DL)": an acronym written in parts joined by "-", "&" or "." with no space; the token after ")" or -1. */
function acronymParenEnd(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  let j = k + 1;
  for (let parts = 0; j < Math.min(t.count, k + 10); j++) {
    const p = punctAt(ctx, j);
    if (p === ')') return parts >= 2 && t.kind[j - 1] === WORD ? j + 1 : -1;
    const glued = t.start[j] === t.end[j - 1];
    if (t.kind[j] === WORD && t.flags[j]! & ALLCAPS && (j === k + 1 || glued)) parts++;
    else if (!((p === '-' || p === '&' || p === '.') && glued)) return -1;
  }
  return -1;
}

/** "Cục Thanh tra khu vực 2 (Cục II)", "(Vụ 3)": at the "(" of token k, a unit's short name (its kind and numeral). */
function shortUnitParen(ctx: TextContext, k: number): boolean {
  const t = ctx.tokens;
  if (!(t.flags[k + 1]! & CAP) || !SHORT_UNIT.has(tokenKey(ctx, k + 1)) || punctAt(ctx, k + 3) !== ')') return false;
  return (t.flags[k + 2]! & ALLCAPS && /^[ivx]+$/.test(tokenKey(ctx, k + 2))) || (t.kind[k + 2] === NUM && /^\d{1,2}$/.test(tokenKey(ctx, k + 2)));
}

/**
 * From the "(" at token k right after a word of an organ: the token after "(EVN)", "(HoSe)", "(VH-TT&DL)" (an acronym,
 * two capitals at least, in one or more glued parts), or -1.
 */
export function acronymAsideEnd(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  if (k >= 1 && t.kind[k - 1] === NUM && shortUnitParen(ctx, k)) return k + 4;
  if (k < 1 || t.kind[k - 1] !== WORD) return -1;
  const parts = acronymParenEnd(ctx, k);
  if (parts > 0) return parts;
  if (shortUnitParen(ctx, k)) return k + 4;
  if (t.kind[k + 1] !== WORD || punctAt(ctx, k + 2) !== ')' || !(t.flags[k + 1]! & CAP)) return -1;
  let caps = 0;
  for (let i = t.start[k + 1]!; i < t.end[k + 1]!; i++) if (ctx.text[i] !== ctx.lower[i]) caps++;
  return caps >= 2 && t.end[k + 1]! - t.start[k + 1]! <= 10 ? k + 3 : -1;
}

/** "(thị xã Kỳ Anh, Hà Tĩnh)", "(huyện Quế Sơn, tỉnh Quảng Nam)": places, with or without their unit words. */
function placesParenEnd(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  let j = k + 1;
  while (j < Math.min(t.count, k + 16)) {
    // ("TP." and "TX." are written in capitals, with a dot.)
    for (;;) {
      const key = tokenKey(ctx, j);
      if (t.kind[j] === WORD && PAREN_PLACE_WORDS.has(key) && (!(t.flags[j]! & CAP) || key === 'tp' || key === 'tx')) j++;
      else if (punctAt(ctx, j) === '.' && (tokenKey(ctx, j - 1) === 'tp' || tokenKey(ctx, j - 1) === 'tx')) j++;
      else break;
    }
    const place = PLACES.match(ctx, j);
    const run = place ? j + place.len : t.flags[j]! & CAP && placeWordBefore(ctx, j) ? capRunEnd(ctx, j) : j;
    if (run === j || run - j > 4) return -1;
    j = run;
    const p = punctAt(ctx, j);
    if (p === ')') return j + 1;
    if (p !== ',') return -1;
    j++;
  }
  return -1;
}

/**
 * From the "(" at token k inside a title: the token after a parenthesis the title reads through, or -1. "Chủ tịch
 * Liên minh Nghị viện Thế giới (IPU) Tulia Ackson", "Chủ tịch Hội Cựu chiến binh (CCB) tỉnh …": the organ's acronym;
 * "Chủ tịch Hội đồng Liên bang (Thượng viện) Nga": its other name; "Chủ tịch UBND huyện Quế Sơn (tỉnh Quảng Nam) Lê
 * Tấn Trung": the province of a district.
 */
export function parenInTitleEnd(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  // ("Cục trưởng Cục Thanh tra khu vực 2 (Cục II) A": a number may end the organ's name.)
  if (k < 1 || (t.kind[k - 1] !== WORD && t.kind[k - 1] !== NUM)) return -1;
  if (t.flags[k + 1]! & ALLCAPS && t.kind[k + 1] === WORD && punctAt(ctx, k + 2) === ')' && t.kind[k + 3] === WORD &&
    (t.flags[k + 3]! & CAP || ORG_PHRASES.match(ctx, k + 3))) return k + 3;
  if (shortUnitParen(ctx, k) && t.kind[k + 4] === WORD && t.flags[k + 4]! & CAP) return k + 4;
  const close = punctAt(ctx, k + 3) === ')' ? k + 3 : punctAt(ctx, k + 2) === ')' ? k + 2 : -1;
  if (close > 0 && ORG_PHRASES.match(ctx, k + 1) && t.flags[k + 1]! & CAP && t.kind[close + 1] === WORD && t.flags[close + 1]! & CAP) return close + 1;
  const unit = PAREN_UNITS.has(tokenKey(ctx, k + 1)) ? (tokenKey(ctx, k + 1) === 'thành' ? 3 : 2) : 0;
  const place = unit ? PLACES.match(ctx, k + unit) : null;
  if (place && punctAt(ctx, k + unit + place.len) === ')') return k + unit + place.len + 1;
  // "Thứ trưởng Bộ Văn hóa - thể thao và du lịch (VH-TT&DL) Huỳnh Vĩnh Ái", "Chủ tịch UBND phường Kỳ Thịnh (thị xã
  // Kỳ Anh, Hà Tĩnh) Lê Văn Bình": an acronym in parts, or the places above a commune, before more capitals.
  const end = acronymParenEnd(ctx, k) > 0 ? acronymParenEnd(ctx, k) : placesParenEnd(ctx, k);
  return end > 0 && end < t.count && t.kind[end] === WORD && t.flags[end]! & CAP ? end : -1;
}
