import { asideEnd, bareListClosing, foreignClosingItem, nameCellAt, nameClosingItem } from './closing-names';
import { foreignNameAt } from './foreign-name';
import { isCountedTitle, listCueAfter, namesInList, titleCount } from './list-after-title';
import { ADMIN_UNITS } from './local-unit';
import { capRunEnd, extendLowerGiven, pickName } from './name-run';
import { PUBLIC_MARKERS } from './org-words';
import { parseTitleChain, startTitle, type TitleChain } from './parse-title-chain';
import { HONORIFICS, MILITARY_RANKS } from './ranks';
import { termEnd } from './term-of-office';
import { punctAt, tokenKey, wordAt, type TextContext } from './text-context';
import { CAP, PARA_BEFORE, WORD } from './tokenize';


function isPlural(ctx: TextContext, from: number): boolean {
  let k = from - 1;
  if (k >= 1 && tokenKey(ctx, k) === 'chí' && tokenKey(ctx, k - 1) === 'đồng') k -= 2;
  if (k < 0 || ctx.tokens.kind[k] !== WORD) return false;
  const key = tokenKey(ctx, k);
  return key === 'các' || key === 'những';
}

/** "A, B và C" from token k, each maybe after an honorific or rank; appended to `out`. Returns where the list ends. */
export function listNames(ctx: TextContext, k: number, out: Array<[number, number]>): number {
  for (;;) {
    if (startTitle(ctx, k)) return k; // "Trung tướng A, Người phát ngôn …": a title, not the next name
    const cue = k < ctx.tokens.count ? HONORIFICS.match(ctx, k) ?? MILITARY_RANKS.match(ctx, k) : null;
    if (cue) k += cue.len;
    const run = capRunEnd(ctx, k);
    let picked = run - k >= 2 ? pickName(ctx, k, run, 'strong') : null;
    // "Đại sứ … tại Việt Nam, ông Hugh Borrowman": a Latin-letter name after an honorific.
    if ((!picked || picked[0] !== k) && cue && HONORIFICS.match(ctx, k - cue.len)) picked = foreignNameAt(ctx, k, true);
    if (!picked || picked[0] !== k) return k;
    const name = extendLowerGiven(ctx, picked);
    out.push(name);
    k = asideEnd(ctx, name[1]);
    const next = wordAt(ctx, k);
    if (punctAt(ctx, k) === ',' && !startTitle(ctx, k + 1)) k++;
    else if (next === 'và') k++;
    else return k;
  }
}

// After a list's first item: the name opening each later ";" item, up to the end of the sentence.
function firstNamesOfItems(ctx: TextContext, k: number, out: Array<[number, number]>): void {
  const t = ctx.tokens;
  // (A meeting's list of attendants runs to some twenty items.)
  const limit = Math.min(t.count, k + 400);
  for (let items = 0; k < limit && items < 32; k++) {
    const p = punctAt(ctx, k);
    if (p === '.' || p === '!' || p === '?' || p === ':' || t.flags[k]! & PARA_BEFORE) return;
    // "…: Chủ tịch nước A, Thường trực Ban Bí thư B": items led by their own titles may be split by commas.
    if (p === ',') {
      const titled = titledHolderAt(ctx, k + 1);
      if (titled) { out.push(titled); k = titled[1] - 1; }
      continue;
    }
    if (p !== ';') continue;
    items++;
    const picked = cuedNameAt(ctx, k + 1) ?? titledHolderAt(ctx, k + 1);
    if (!picked) return;
    out.push(picked);
    // "…; B và C.": C shares the title unless an apposition of its own follows ("và D - Phó Chủ nhiệm …").
    if (tokenKey(ctx, picked[1]) !== 'và') continue;
    const last = cuedNameAt(ctx, picked[1] + 1);
    const p2 = last ? punctAt(ctx, last[1]) : '';
    if (last && !((p2 === '-' || p2 === ',' || p2 === '(') && startTitle(ctx, last[1] + 1))) out.push(last);
  }
}

// "các Ủy viên Bộ Chính trị: Chủ tịch nước A; Thủ tướng B": an item naming its holder after a title of its own.
function titledHolderAt(ctx: TextContext, n: number): [number, number] | null {
  if (!startTitle(ctx, n)) return null;
  const chain = parseTitleChain(ctx, n, 'title-first');
  return chain?.name ? extendLowerGiven(ctx, chain.name) : null;
}

// A name at token n, maybe after an honorific or a rank.
function cuedNameAt(ctx: TextContext, n: number): [number, number] | null {
  const cue = n < ctx.tokens.count ? HONORIFICS.match(ctx, n) ?? MILITARY_RANKS.match(ctx, n) : null;
  if (cue) n += cue.len;
  const run = capRunEnd(ctx, n);
  const picked = run - n >= 2 ? pickName(ctx, n, run, 'strong') : null;
  return picked && picked[0] === n ? extendLowerGiven(ctx, picked) : null;
}

// "ông", "bà" (not "đồng chí": "… Tỉnh ủy đồng chí" is rare and "các đồng chí" lists go elsewhere) at token k.
function bareHonorific(ctx: TextContext, k: number): boolean {
  const key = wordAt(ctx, k);
  return (key === 'ông' || key === 'bà') && !(ctx.tokens.flags[k]! & CAP);
}

// "cô", "thầy" (lower case) at k after the title of a school's head or deputy head starting at `from`.
function teacherCue(ctx: TextContext, from: number, k: number): boolean {
  const key = ctx.tokens.flags[k]! & CAP ? '' : wordAt(ctx, k);
  const head = tokenKey(ctx, from) === 'phó' ? from + 1 : from;
  return (key === 'cô' || key === 'thầy') && tokenKey(ctx, head) === 'hiệu' && tokenKey(ctx, head + 1) === 'trưởng';
}

// "chức vụ <title>", "chức danh <title>": the title is named as a post.
function postNamedAt(ctx: TextContext, from: number): boolean {
  const k = tokenKey(ctx, from - 1) === 'vụ' || tokenKey(ctx, from - 1) === 'danh' ? from - 2 : from - 1;
  return tokenKey(ctx, k) === 'chức';
}

// "Bộ trưởng Quốc phòng (hiện nay) là <name>": the token after "là", or -1.
function afterCopula(ctx: TextContext, end: number): number {
  let k = end;
  if (tokenKey(ctx, k) === 'hiện') k += tokenKey(ctx, k + 1) === 'nay' || tokenKey(ctx, k + 1) === 'tại' ? 2 : 1;
  // "Chủ tịch UBND tỉnh được chỉ định là ông A", "… được bầu là …".
  if (tokenKey(ctx, k) === 'được') {
    if (tokenKey(ctx, k + 1) === 'chỉ' && tokenKey(ctx, k + 2) === 'định') k += 3;
    else if (tokenKey(ctx, k + 1) === 'bầu') k += 2;
    else if (tokenKey(ctx, k + 1) === 'bổ' && tokenKey(ctx, k + 2) === 'nhiệm') k += 3;
  }
  return tokenKey(ctx, k) === 'là' && ctx.tokens.kind[k] === WORD ? k + 1 : -1;
}

// Verbs of holding a post after its holder: "… do ông A đảm nhiệm".
const HOLDING = new Set(['đảm nhiệm', 'đảm nhận', 'nắm giữ', 'phụ trách']);

// "Chánh Văn phòng chính phủ do ông A đảm nhiệm": the token after "do" when an honorific, a name and a verb of
// holding follow it; null otherwise.
function heldByAfter(ctx: TextContext, end: number): number | null {
  if (tokenKey(ctx, end) !== 'do' || ctx.tokens.kind[end] !== WORD || !HONORIFICS.match(ctx, end + 1)) return null;
  const names: Array<[number, number]> = [];
  const after = listNames(ctx, end + 1, names);
  return names.length === 1 && HOLDING.has(`${wordAt(ctx, after)} ${wordAt(ctx, after + 1)}`) ? end + 1 : null;
}

// A public organ earlier in the clause: "UBND thành phố sẽ có 5 Phó Chủ tịch, gồm …".
function publicOrganBefore(ctx: TextContext, from: number): boolean {
  for (let k = from - 1; k >= 0 && k >= from - 20; k--) {
    const p = punctAt(ctx, k);
    if (p === '.' || p === ';' || p === ':') return false;
    if (PUBLIC_MARKERS.match(ctx, k)) return true;
  }
  return false;
}

// "Hai cựu Thứ trưởng Bộ Công an, A và B, bị truy tố": a counted title whose holders follow it between commas, as
// many as it counts.
function countedApposition(ctx: TextContext, from: number, end: number, out: Array<[number, number]>): boolean {
  const count = titleCount(ctx, from);
  if (count === null || count < 2 || punctAt(ctx, end) !== ',') return false;
  const listed: Array<[number, number]> = [];
  const after = listNames(ctx, end + 1, listed);
  // listNames steps over a comma after the last name when no name follows it.
  const p = punctAt(ctx, after) || punctAt(ctx, after - 1);
  if (listed.length !== count || !(p === ',' || p === '.' || p === ';' || p === ')')) return false;
  out.push(...listed);
  return true;
}

/**
 * Holders named after a title-first chain: the name closing it (and a plural title's list), the holders of a
 * counted title ("5 Phó Chủ tịch, gồm các ông A, B"), a list after ":", one name after "là", one name after
 * ", ông/bà". `isPublic` false only lets a counted title with a public organ before it through (no title kept).
 * Returns the names (and the titles to give them: all, or none) and where the chain's reading ends.
 */
export function holdersAfter(ctx: TextContext, chain: TitleChain, isPublic: boolean): { names: Array<[number, number]>; keepTitles: boolean; end: number } {
  const names: Array<[number, number]> = [];
  let end = chain.end;
  const from = chain.titles[0]!.from;
  // "Hiệu trưởng trường tiểu học Đinh Tiên Hoàng, cô Lê Thị A": an unsure name was the school's, part of the title
  // (the chain is changed in place); its head follows.
  const sep0 = chain.name && chain.nameUnsure ? punctAt(ctx, chain.name[1]) : '';
  if ((sep0 === ',' || sep0 === '-') && (HONORIFICS.match(ctx, end + 1) || teacherCue(ctx, from, end + 1))) {
    chain.titles[chain.titles.length - 1]!.to = chain.name![1];
    chain.name = null;
    chain.nameUnsure = false;
  }
  if (!isPublic) {
    const cue = isCountedTitle(ctx, from) && !chain.name ? listCueAfter(ctx, end) : -1;
    if (cue >= 0 && publicOrganBefore(ctx, from)) {
      // "Bệnh viện X có hai phó giám đốc là A và B": the bare post is theirs.
      namesInList(ctx, cue, names);
      if (names.length) return { names, keepTitles: true, end };
    }
    // "Chủ tịch UBND tỉnh A, 2 phó chủ tịch B và C": a counted bare title after a public organ, its holders named
    // right after it, as many as it counts.
    // "lãnh đạo UBND tỉnh có Chủ tịch là ông A": a bare head after a public organ, its holder after "là".
    const copula = !chain.name && names.length === 0 ? afterCopula(ctx, end) : -1;
    if (copula >= 0 && HONORIFICS.match(ctx, copula) && publicOrganBefore(ctx, from)) {
      const after = listNames(ctx, copula, names);
      if (names.length === 1) return { names, keepTitles: true, end: after };
      names.length = 0;
    }
    const count = chain.name && publicOrganBefore(ctx, from) ? titleCount(ctx, from) : null;
    if (count !== null && count >= 2 && (tokenKey(ctx, end) === 'và' || punctAt(ctx, end) === ',')) {
      const listed: Array<[number, number]> = [extendLowerGiven(ctx, chain.name!)];
      const after = listNames(ctx, end + 1, listed);
      if (listed.length === count) return { names: listed, keepTitles: true, end: after };
    }
    return { names, keepTitles: false, end };
  }
  if (chain.name) {
    names.push(extendLowerGiven(ctx, chain.name));
    const past = isPlural(ctx, from) ? asideEnd(ctx, end) : end;
    if (isPlural(ctx, from) && (punctAt(ctx, past) === ',' || tokenKey(ctx, past) === 'và')) end = listNames(ctx, past + 1, names);
    else if (tokenKey(ctx, end) === 'và' && ctx.tokens.kind[end] === WORD) {
      // "kiểm sát viên cao cấp Vũ Văn A và Lê Thị B.": a second name closing the clause, with nothing of its own.
      const second = nameClosingItem(ctx, end + 1);
      if (second) { names.push(second); end = second[1]; }
    } else {
      // "Nguyên Phó Chủ tịch Ủy ban MTTQ tỉnh A (9 Tiến), B và C.": bare names closing the sentence share the title.
      const more = bareListClosing(ctx, asideEnd(ctx, end));
      if (more) { names.push(...more); end = more[more.length - 1]![1]; }
    }
  } else if (isCountedTitle(ctx, from) && listCueAfter(ctx, end) >= 0) {
    // The scan goes on from the title, so appositions inside the list still give their own titles.
    const cue = listCueAfter(ctx, end);
    const stop = namesInList(ctx, cue, names);
    // "các Ủy viên Bộ Chính trị: Chủ tịch nước A, Thường trực Ban Bí thư B": items led by titles of their own.
    const first = names.length === 0 && (isPlural(ctx, from) || isCountedTitle(ctx, from)) ? titledHolderAt(ctx, stop) : null;
    if (first) {
      names.push(first);
      // "5 Thứ trưởng gồm các ông: Thứ trưởng thường trực A, ông B, ông C": the list goes on after the titled item.
      if (punctAt(ctx, first[1]) === ',') namesInList(ctx, first[1] + 1, names);
    }
    // "các Ủy viên Bộ Chính trị: A - Phó Chủ tịch Quốc hội; B - …": the first name of each ";" item holds it too.
    if (names.length === 1 && isPlural(ctx, from)) firstNamesOfItems(ctx, names[0]![1], names);
  } else if (countedApposition(ctx, from, end, names)) {
    end = names[names.length - 1]![1];
  } else if (tokenKey(ctx, end) === 'có' && tokenKey(ctx, end + 1) === 'các' && HONORIFICS.match(ctx, end + 2)) {
    // "Hội thẩm nhân dân có các ông, bà: A, B, C": the holders listed after "có".
    end = namesInList(ctx, end + 1, names);
  } else if (punctAt(ctx, end) === ':' && !(ADMIN_UNITS.has(tokenKey(ctx, end - 1)) && !isPlural(ctx, from) && !isCountedTitle(ctx, from))) {
    // (Not "Chủ tịch UBND huyện: Phong Điền, Phú Lộc …", one post and the districts whose holders are meant.)
    end = listNames(ctx, end + 1, names);
    const first = names.length === 0 && isPlural(ctx, from) ? titledHolderAt(ctx, end) : null;
    if (first) names.push(first);
    // "các đồng chí Phó Tổng Tham mưu trưởng: A - <own titles>; B; C và D - …": the first name of each ";" item
    // holds the plural title too. The scan goes on after the first name, so appositions still give their titles.
    if (isPlural(ctx, from)) firstNamesOfItems(ctx, end, names);
  } else {
    // "Trưởng Công an thị trấn là Nguyễn Văn A", "…, Chủ tịch Nhóm nghị sĩ hữu nghị, bà Nguyễn Thị A": one holder.
    // "cách chức Phó Chủ tịch UBND huyện đối với bà Y Nga": the post's holder after "đối với" and an honorific.
    // "…, nhiệm kỳ 2016-2021, đối với ông A": a term of office (and commas) may come first.
    let r = punctAt(ctx, end) === ',' ? end + 1 : end;
    if (termEnd(ctx, r)) r = termEnd(ctx, r);
    if (punctAt(ctx, r) === ',') r++;
    // "miễn nhiệm chức vụ … nhiệm kỳ 2021 – 2026 với ông A": "với" alone does after a post named as such ("Bí thư
    // làm việc với ông A" names no holder).
    // ("… đối với: bà A, …; ông B, ông C": a colon may open the list.)
    // "trao Quyết định bổ nhiệm Giám đốc Sở … cho ông A": the appointee of a decision handed over.
    const appointed = tokenKey(ctx, from - 1) === 'nhiệm' && tokenKey(ctx, from - 2) === 'bổ';
    const withAt = tokenKey(ctx, r) === 'đối' && tokenKey(ctx, r + 1) === 'với' ? (punctAt(ctx, r + 2) === ':' ? r + 3 : r + 2)
      : ((tokenKey(ctx, r) === 'với' || tokenKey(ctx, r) === 'của') && postNamedAt(ctx, from)) || (tokenKey(ctx, r) === 'cho' && appointed) ? r + 1 : -1; // "… chức vụ X của ông A"
    // ("… đối với các ông A và B": the plural honorific too.)
    const regarding = withAt >= 0 && (HONORIFICS.match(ctx, withAt) || (tokenKey(ctx, withAt) === 'các' && HONORIFICS.match(ctx, withAt + 1))) ? withAt : -1;
    const copula = regarding >= 0 ? regarding : heldByAfter(ctx, end) ?? afterCopula(ctx, end);
    // "Bí thư Đảng ủy xã - đồng chí Lê Văn A": a dash works like the comma.
    const sep = punctAt(ctx, end);
    // "do Phó Chủ tịch UBND huyện Ia Grai ông Phan Trung Tường ký": the honorific may follow with no separator.
    // "Hiệu trưởng trường tiểu học X, cô Lê Thị A": a school's head called what pupils call teachers.
    const cued = (sep === ',' || sep === '-') && (HONORIFICS.match(ctx, end + 1) || MILITARY_RANKS.match(ctx, end + 1)) ? end + 1
      : (sep === ',' || sep === '-') && teacherCue(ctx, from, end + 1) ? end + 2
      : sep === '' && bareHonorific(ctx, end) ? end : -1;
    const at = copula >= 0 ? copula : cued;
    // "| Chủ tịch | Đỗ Văn Chiến |": a table's post cell before its name cell.
    const closing = at < 0 && sep === ',' ? nameClosingItem(ctx, end + 1) ?? foreignClosingItem(ctx, end + 1) : at < 0 && sep === '|' ? nameCellAt(ctx, end + 1) : null;
    if (closing) {
      // "1. Đại sứ … tại New Zealand kiêm nhiệm …, Tạ Văn A.": a list item that names the holder last.
      names.push(closing);
      end = closing[1];
    } else if (at >= 0) {
      // "phê chuẩn … đối với: bà A, <her posts>; ông B, ông C, <their posts>": an approval's list, items by ";".
      const e = regarding >= 0 ? namesInList(ctx, at, names) : listNames(ctx, at, names);
      // "các đồng chí nguyên Phó Chủ tịch … là A, B, C": a plural title is shared by the whole list.
      // "phê chuẩn … Phó Chủ tịch HĐND tỉnh đối với ông A và ông B": an approval may name several holders.
      // (The approval's list is read past its items' own posts; the scan reads those posts from the first name on.)
      if (regarding >= 0 && names.length) end = names[0]![1];
      else if (names.length === 1 || (copula >= 0 && isPlural(ctx, from))) end = e;
      else names.length = 0;
    }
  }
  return { names, keepTitles: true, end };
}
