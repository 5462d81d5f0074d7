import { parseDate } from './parse-date';
import { punctAt, tokenKey, wordAt, type TextContext } from './text-context';
import { ALLCAPS, CAP, NUM, PARA_BEFORE, PUNCT, WORD } from './tokenize';

const ROMAN = /^[ivxlc]+$/;
const ORDINAL_WORDS = new Set(['nhất', 'hai', 'ba', 'tư', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười']);
// Words that may qualify "Đại hội": "Đại hội Đảng bộ tỉnh Lạng Sơn lần thứ XVII", "Đại hội đại biểu toàn quốc".
const CONGRESS_WORDS = new Set(['đảng', 'bộ', 'toàn', 'quốc', 'lần', 'thứ', 'đại', 'biểu', 'tỉnh', 'thành', 'phố', 'huyện', 'quận', 'xã', 'phường', 'thị']);
const ADMIN = new Set(['tỉnh', 'phố', 'huyện', 'quận', 'xã', 'phường']);

function ordinalLen(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  if (k >= t.count) return 0;
  const key = tokenKey(ctx, k);
  if (t.kind[k] === NUM) return /^\d{1,2}$/.test(key) ? 1 : 0;
  // "lần thứ X": a one-letter numeral is capitalised, too short to count as all capitals.
  if ((t.flags[k]! & ALLCAPS || (t.flags[k]! & CAP && t.end[k]! - t.start[k]! === 1)) && ROMAN.test(key)) return 1;
  if (ORDINAL_WORDS.has(key)) return key === 'mười' && ORDINAL_WORDS.has(tokenKey(ctx, k + 1)) ? 2 : 1;
  return 0;
}

// "khóa XII", ", khóa XI", "khóa 13"
function termLen(ctx: TextContext, k: number): number {
  const comma = ctx.tokens.kind[k] === PUNCT && ctx.text[ctx.tokens.start[k]!] === ',' ? 1 : 0;
  const n = k + comma + 1;
  const numeral = ROMAN.test(tokenKey(ctx, n)) || (ctx.tokens.kind[n] === NUM && /^\d{1,2}$/.test(tokenKey(ctx, n)));
  return tokenKey(ctx, k + comma) === 'khóa' && numeral ? 2 + comma : 0;
}

function is(ctx: TextContext, k: number, ...words: string[]): boolean {
  return words.every((w, n) => ctx.tokens.kind[k + n] === WORD && tokenKey(ctx, k + n) === w);
}

// "Trung ương", "T.Ư", "TƯ", "TW": tokens taken by the word for the Central Committee at k (0 if none).
function central(ctx: TextContext, k: number): number {
  if (is(ctx, k, 'trung', 'ương')) return 2;
  const key = wordAt(ctx, k);
  return key === 't.ư' || key === 'tư' || key === 'tw' ? 1 : 0;
}

const DANGLING = new Set(['lần', 'thứ', 'đại', 'biểu', 'toàn']);

// Whether the text names the Party's national congress by its number ("Đại hội XIII", "Đại hội đại biểu toàn quốc lần
// thứ XIII của Đảng"): scanned once per text. (A local congress the text is about leaves "Nghị quyết Đại hội" unnamed.)
const congressNamed = new WeakMap<TextContext, boolean>();
const NATIONAL_WORDS = new Set(['đại', 'biểu', 'toàn', 'quốc', 'đảng', 'lần', 'thứ']);

function congressNamedInText(ctx: TextContext): boolean {
  let found = congressNamed.get(ctx);
  if (found === undefined) {
    found = false;
    for (let j = 0; j + 2 < ctx.tokens.count && !found; j++) {
      if (!is(ctx, j, 'đại', 'hội') || !(ctx.tokens.flags[j]! & CAP)) continue;
      const end = congressNumberEnd(ctx, j + 2);
      let national = end > 0;
      for (let n = j + 2; n < end - 1 && national; n++) national = NATIONAL_WORDS.has(tokenKey(ctx, n));
      found = national;
    }
    congressNamed.set(ctx, found);
  }
  return found;
}

// The number or numeral naming the congress, within the next words of its clause: where the name ends with it
// ("Đại hội XIII", "Đại hội 12", "… Đoàn TNCS Hồ Chí Minh tỉnh Long An lần thứ X"), or where the name read before
// it ends (0) when a term names it ("…, nhiệm kỳ 2020 - 2025"); -1 when nothing does.
function congressNumberEnd(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  for (let j = k; j < Math.min(t.count, k + 16); j++) {
    if (t.flags[j]! & PARA_BEFORE) return -1;
    if (t.kind[j] === PUNCT) {
      if (ctx.text[t.start[j]!] !== ',' || !(is(ctx, j + 1, 'nhiệm', 'kỳ') || is(ctx, j + 1, 'khóa'))) return -1;
      continue;
    }
    if (is(ctx, j, 'các', 'cấp')) return -1; // "Nghị quyết Đại hội Đoàn các cấp nhiệm kỳ …": many congresses
    const prev = tokenKey(ctx, j - 1);
    if (prev === 'thứ' && ordinalLen(ctx, j)) return j + ordinalLen(ctx, j);
    if (t.kind[j] === WORD && ordinalLen(ctx, j) && ROMAN.test(tokenKey(ctx, j))) return j + 1;
    if (t.kind[j] === NUM) return prev === 'hội' && ordinalLen(ctx, j) ? j + 1 : prev === 'kỳ' ? 0 : -1;
  }
  return -1;
}

function congress(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  let last = k;
  let afterAdmin = false;
  while (k < t.count && t.kind[k] !== PUNCT) {
    const key = tokenKey(ctx, k);
    const ord = tokenKey(ctx, k - 1) === 'thứ' ? ordinalLen(ctx, k) : 0;
    if (ord) { k += ord; last = k; afterAdmin = false; continue; }
    const cap = (t.flags[k]! & CAP) !== 0;
    if ((t.flags[k]! & ALLCAPS && ROMAN.test(key)) || (cap && afterAdmin && t.kind[k] === WORD)) { k++; last = k; continue; }
    if (!CONGRESS_WORDS.has(key)) break;
    k++;
    afterAdmin = ADMIN.has(key);
    if (!DANGLING.has(key)) last = k;
  }
  return last;
}

// "Hội nghị Trung ương 4", "Hội nghị lần thứ tư", "Hội nghị Trung ương lần thứ 11", "Hội nghị Ban Chấp hành Đảng bộ
// tỉnh lần thứ 10": a conference named by its number, from "hội" at k.
function conference(ctx: TextContext, k: number): { end: number; year: null } | null {
  let e = k + 2 + central(ctx, k + 2);
  if (e === k + 2 && is(ctx, e, 'ban', 'chấp', 'hành', 'đảng', 'bộ')) {
    e += 5;
    if (ADMIN.has(tokenKey(ctx, e)) || tokenKey(ctx, e) === 'thành') e += tokenKey(ctx, e) === 'thành' ? 2 : 1;
    if (!is(ctx, e, 'lần', 'thứ')) return null;
  }
  if (is(ctx, e, 'lần', 'thứ')) e += 2;
  const o = e > k + 2 ? ordinalLen(ctx, e) : 0;
  if (!o) return null;
  e += o;
  if (is(ctx, e, 'ban', 'chấp', 'hành', 'trung', 'ương')) e += is(ctx, e + 5, 'đảng') ? 6 : 5;
  else if (is(ctx, e, 'bchtw') || is(ctx, e, 'bch', 'tw') || is(ctx, e, 'bch', 'trung', 'ương')) {
    // "Hội nghị lần thứ 11 BCHTW Đảng khóa XIII": the committee abbreviated.
    e += is(ctx, e, 'bchtw') ? 1 : is(ctx, e, 'bch', 'tw') ? 2 : 3;
    if (is(ctx, e, 'đảng')) e++;
  }
  return { end: e + termLen(ctx, e), year: null };
}

/** Ends (token index) a named citation without a number: "Nghị quyết Đại hội XIII", "Nghị quyết Trung ương 4 khóa XII", "Luật Đất đai 2024". */
export function parseNamedDocument(ctx: TextContext, typeTok: number, k: number, canonical: string): { end: number; year: number | null; numbered?: boolean; elliptical?: boolean } | null {
  const t = ctx.tokens;
  // A lower-case type word names a resolution only before a capitalised name ("nghị quyết Đại hội XIII") or a
  // numbered conference ("nghị quyết hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa 13").
  const lowerConference = canonical === 'Nghị quyết' && is(ctx, k, 'hội', 'nghị') && conference(ctx, k) !== null;
  if (!(t.flags[typeTok]! & CAP) && !(canonical === 'Nghị quyết' && t.flags[k]! & CAP) && !lowerConference) return null;
  // "Kết luận Hội nghị Ban Chấp hành Đảng bộ thành phố lần thứ 10 khóa X": a conference's conclusion, named alike.
  if (canonical === 'Kết luận') return is(ctx, k, 'hội', 'nghị') ? conference(ctx, k) : null;
  if (canonical === 'Nghị quyết') {
    if (is(ctx, k, 'đại', 'hội')) {
      if (tokenKey(ctx, k + 2) === 'đồng') return null; // Đại hội đồng cổ đông: a company's meeting
      // "Nghị quyết Đại hội XIII", "… Đảng bộ tỉnh lần thứ XVII": only a congress named by its number is one
      // document; "Nghị quyết Đại hội (Đảng bộ)" is whichever congress the text is about.
      // (An unnumbered one may still be the one numbered congress the text names: see mergeEllipticalNames.)
      const named = congressNumberEnd(ctx, k + 2);
      // "Đại hội XIII đã đề ra … Thực hiện Nghị quyết Đại hội, …": the text names the congress by its number.
      const elliptical = named < 0 && !congressNamedInText(ctx);
      return { end: Math.max(congress(ctx, k + 2), named), year: null, ...(elliptical ? { elliptical: true } : {}) };
    }
    // "Nghị quyết TW9, khoá XI": the committee and the plenum's number in one token.
    if (t.kind[k] === WORD && /^(tw|tư|t\.ư)\d{1,2}$/u.test(tokenKey(ctx, k))) return { end: k + 1 + termLen(ctx, k + 1), year: null };
    const c = central(ctx, k);
    if (c) {
      const o = ordinalLen(ctx, k + c);
      if (!o) return null;
      const e = k + c + o;
      return { end: e + termLen(ctx, e), year: null };
    }
    if (is(ctx, k, 'hội', 'nghị')) return conference(ctx, k);
    return null;
  }
  // "Hiến pháp năm 2013", "Hiến pháp 1992".
  if (canonical === 'Hiến pháp') {
    const y = is(ctx, k, 'năm') ? k + 1 : k;
    const key = y < t.count && t.kind[y] === NUM ? tokenKey(ctx, y) : '';
    const year = /^\d{4}$/.test(key) ? Number(key) : 0;
    return year >= 1945 && year <= 2100 ? { end: y + 1, year } : null;
  }
  if (canonical !== 'Luật' && canonical !== 'Bộ luật' && canonical !== 'Pháp lệnh') return null;
  if (k >= t.count || t.kind[k] !== WORD) return null;
  if (tokenKey(ctx, k) === 'sư') return null; // "Luật sư Nguyễn Văn A": a lawyer
  // "Trường ĐH Luật TP.HCM nhiệm kỳ 2025", "Khoa Luật": a school of law.
  if (canonical === 'Luật' && SCHOOL_BEFORE_LAW.has(tokenKey(ctx, k - 2))) return null;
  // "Luật năm 2025 bỏ …", "dự án Luật vào Chương trình …": no name after the type word.
  if (!(t.flags[k]! & CAP) && (LAW_NAME_ENDS.has(tokenKey(ctx, k)) || NOT_LAW_NAME.has(tokenKey(ctx, k)))) return null;
  // "Căn cứ Luật tổ chức Chính phủ ngày 25 tháng 12 năm 2001": a name in lower case too, always with its year or date.
  // "Luật Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân năm 2004": long names.
  for (let e = k + 1; e < Math.min(t.count, k + MAX_LAW_NAME); e++) {
    if (t.flags[e]! & PARA_BEFORE) return null; // a name never runs across a blank line
    if (t.kind[e] === NUM) {
      // A name in lower case needs its year or date as much as a capitalised one ("Luật tổ chức chính quyền địa phương 2015").
      const key = tokenKey(ctx, e);
      const year = /^\d{4}$/.test(key) ? Number(key) : 0;
      return year >= 1945 && year <= 2100 ? { end: e + 1, year } : null;
    }
    // "Luật Phòng, chống bệnh truyền nhiễm": the comma of "phòng, chống" stays inside the name.
    // So does that of "Luật Phổ biến, giáo dục pháp luật".
    // So do those of "Luật sửa đổi, bổ sung một số điều của …" and "Pháp lệnh cán bộ, công chức".
    if (t.kind[e] === PUNCT && ctx.text[t.start[e]!] === ',' && (tokenKey(ctx, e + 1) === 'chống' || (tokenKey(ctx, e + 1) === 'giáo' && tokenKey(ctx, e - 1) === 'biến') ||
      (tokenKey(ctx, e + 1) === 'bổ' && tokenKey(ctx, e - 1) === 'đổi') || (tokenKey(ctx, e + 1) === 'công' && tokenKey(ctx, e - 1) === 'bộ'))) continue;
    // "Luật Căn cước công dân (CCCD) năm 2014": the law's acronym in parentheses.
    if (punctAt(ctx, e) === '(' && t.flags[e + 1]! & ALLCAPS && punctAt(ctx, e + 2) === ')') { e += 2; continue; }
    if (t.kind[e] !== WORD) return null;
    // "Luật kiểm toán nhà nước số 81/2015/QH13": the law's number follows its name; `end` is the token "số".
    if (tokenKey(ctx, e) === 'số' && e + 1 < t.count && t.kind[e + 1] === NUM) return { end: e, year: null, numbered: true };
    // "Luật Quản lý thuế ngày 29/11/2006": a law named with the day it was passed but no number nor year in its name
    // is not cited as a numbered or well-known document (vi-dev p014, p044); most annotators leave it out.
    if (tokenKey(ctx, e) === 'ngày' && e + 1 < t.count && t.kind[e + 1] === NUM && parseDate(ctx.lower, t.start[e + 1]!)) return null;
    // A verb ends the name: "Luật Đất đai được thông qua năm 2024" names no year of the law.
    if (!(t.flags[e]! & CAP) && (LAW_NAME_ENDS.has(tokenKey(ctx, e)) || is(ctx, e, 'quy', 'định') || is(ctx, e, 'thông', 'qua'))) return null;
  }
  return null;
}

const MAX_LAW_NAME = 20;
const SCHOOL_BEFORE_LAW = new Set(['đh', 'học', 'khoa', 'ngành', 'viện']);
const LAW_NAME_ENDS = new Set(['được', 'đã', 'sẽ', 'đang', 'có', 'là', 'thì', 'nên', 'cho', 'phải', 'vừa', 'mới', 'bị', 'đến', 'từ', 'trong', 'tại', 'khi', 'sau', 'trước', 'theo']);
// Words that cannot open a law's name ("dự án Luật vào Chương trình …", "Luật và Nghị định …").
const NOT_LAW_NAME = new Set(['vào', 'ra', 'này', 'nào', 'và', 'hoặc', 'mà', 'với', 'năm']);
