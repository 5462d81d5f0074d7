import { asideBefore, asideOpenedBefore } from './aside-before';
import { copulaStart } from './copula-before';
import { foreignNameEndingAt } from './foreign-name';
import { hyphenNameEndingAt } from './hyphen-name';
import { ORGAN_NOUNS, capRunStart, extendLowerGiven, pickName, placeWordBefore, type NameContext } from './name-run';
import { parseTitleChain } from './parse-title-chain';
import { rankBetween } from './rank-after-name';
import { HONORIFICS } from './ranks';
import { TITLE_HEADS } from './title-heads';
import { ranksBefore } from './ranks-before';
import { punctAt, tokenKey, type TextContext } from './text-context';
import { ALLCAPS, CAP, NL_BEFORE, NUM, PARA_BEFORE, WORD } from './tokenize';


function honorificEndsAt(ctx: TextContext, j: number): boolean {
  for (const len of [1, 2]) {
    const m = j - len + 1 >= 0 ? HONORIFICS.match(ctx, j - len + 1) : null;
    if (m && m.len === len) return true;
  }
  return false;
}

// How strongly the tokens before a name run vouch for it: honorific, rank, list punctuation.
function contextBefore(ctx: TextContext, start: number): NameContext {
  const p = punctAt(ctx, start - 1);
  if (p === ':' || p === ';' || p === '(') return 'strong';
  if (honorificEndsAt(ctx, start - 1)) return 'strong';
  return ranksBefore(ctx, start).ranks.length ? 'strong' : 'weak';
}

// Name-first order: "<name>, <title>", "<name> - <title>", "<name> (<title>".
// "(SN 1978, Phó chi cục trưởng)", ", sinh năm 1959, nguyên Phó giám đốc": birth or age between name and title.
function skipBirth(ctx: TextContext, comma: number): number {
  let k = comma - 1;
  // ", 55 tuổi,", "(58 tuổi, Trưởng đoàn …)": an age.
  if (tokenKey(ctx, k) === 'tuổi' && ctx.tokens.kind[k - 1] === NUM && (punctAt(ctx, k - 2) === ',' || punctAt(ctx, k - 2) === '(')) return k - 2;
  if (ctx.tokens.kind[k] !== NUM) return -1;
  k--;
  const key = tokenKey(ctx, k);
  if (key === 'sn' || key === 'ns') k--;
  else if (key === 'năm' && tokenKey(ctx, k - 1) === 'sinh') k -= 2;
  else return -1;
  const p = punctAt(ctx, k);
  return p === '(' || p === ',' ? k : -1;
}

// "Đồng chí VÕ ĐỨC TRONG Chủ tịch ...": a name in capitals right before the head, after an honorific.
function capsNameBefore(ctx: TextContext, head: number): [number, number] | null {
  const j = head - 1;
  if (j < 1 || !(ctx.tokens.flags[j]! & ALLCAPS) || ctx.tokens.kind[j] !== WORD) return null;
  const start = capRunStart(ctx, j);
  if (start > j - 1 || !honorificEndsAt(ctx, start - 1)) return null;
  return pickName(ctx, start, j + 1, 'strong');
}

// "đ/c Nguyễn Văn A UVBTV – PCT UBND huyện": an abbreviated title right after a name vouched for by an honorific.
function nameBeforeAbbrev(ctx: TextContext, head: number): [number, number] | null {
  const j = head - 1;
  if (j < 1 || !(ctx.tokens.flags[head]! & ALLCAPS) || ctx.tokens.flags[j]! & ALLCAPS) return null;
  const start = capRunStart(ctx, j);
  // ("…; Trần Việt Hà PBT Huyện ủy": an item of a list opened by honorifics will do.)
  const listed = punctAt(ctx, start - 1) === ';' || punctAt(ctx, start - 1) === ':';
  if (start > j - 1 || !(honorificEndsAt(ctx, start - 1) || listed)) return null;
  const name = pickName(ctx, start, j + 1, 'strong');
  return name && name[1] === j + 1 ? name : null;
}

const SEPARATORS = new Set([',', '-', '(']);

/** The name an apposition's title starting at `head` belongs to (name-first order), or null. */
export function nameBefore(ctx: TextContext, title: number): [number, number] | null {
  const name = nameRightBefore(ctx, title);
  // "Hoàng Tùng\n\n(Dân trí) - Thủ tướng …": a byline above a paragraph holds none of its posts (an author's box,
  // "TS. A\n\nPhó Trưởng Khoa …", puts the post alone at the head of the next one).
  if (name && name[1] < title) for (let j = name[1]; j <= title && j < ctx.tokens.count; j++) if (ctx.tokens.flags[j]! & PARA_BEFORE) return null;
  return name;
}

function nameRightBefore(ctx: TextContext, title: number): [number, number] | null {
  // "ông A, hiện là Phó Giám đốc …": the words giving the post stand where the separator's title would start.
  const lead = copulaStart(ctx, title);
  const head = lead < title && SEPARATORS.has(punctAt(ctx, lead - 1)) ? lead : title;
  // "Ông A là Bí thư Tỉnh ủy", "bà B hiện là …": an honorific's name right before the words giving the post.
  if (head === title && lead < title && ctx.tokens.kind[lead - 1] === WORD) {
    const start = capRunStart(ctx, lead - 1);
    const cued = start <= lead - 2 && (honorificEndsAt(ctx, start - 1) || HONORIFICS.match(ctx, start)?.len === 1);
    const name = cued ? pickName(ctx, start, lead, 'strong') : null;
    if (name && name[1] === lead) return name;
  }
  // "Nguyễn Văn Bột (62 tuổi) là nguyên Chủ tịch …", "A, B đều là …": a personal aside between the name and the
  // words giving the post, or a plural copula after a list of names.
  if (head === title && lead < title) {
    const aside = asideBefore(ctx, lead);
    const end = aside >= 0 ? aside : lead;
    const plural = tokenKey(ctx, lead) === 'đều' || tokenKey(ctx, lead) === 'cùng';
    if ((aside >= 0 || plural) && ctx.tokens.kind[end - 1] === WORD) {
      const from = capRunStart(ctx, end - 1);
      const listed = from <= end - 2 ? pickName(ctx, from, end, contextBefore(ctx, from)) : null;
      if (listed && listed[1] === end) return listed;
    }
  }
  let p = punctAt(ctx, head - 1);
  let sep = head - 1;
  if (p === ',') {
    // "ông A (sinh năm 1976), Chánh Văn phòng …": an aside in parentheses stands between the name and the comma.
    const birth = Math.max(skipBirth(ctx, head - 1), asideBefore(ctx, head - 1), rankBetween(ctx, head - 1));
    if (birth >= 0) { sep = birth; p = punctAt(ctx, birth); }
    else {
      const opened = asideOpenedBefore(ctx, head - 1);
      if (opened >= 0) { sep = opened; p = '('; }
    }
  } else if (p === '-') {
    // "Mã Văn A (SN 1962, trú tại …) – nguyên Trưởng phòng …": the same aside before a dash; "A (51 tuổi, trú
    // phường X - cựu Giám đốc …)": the post after a dash inside the aside.
    const aside = asideBefore(ctx, head - 1);
    const opened = aside >= 0 ? -1 : asideOpenedBefore(ctx, head - 1);
    if (aside >= 0) { sep = aside; p = '-'; }
    else if (opened >= 0) { sep = opened; p = '('; }
  } else if (p === '(') {
    // "Trần Văn A (SN 1960), trú tại phường X, Tp.Y (nguyên Chủ tịch UBND huyện Z)": a residence clause in between.
    const residence = residenceBefore(ctx, head - 1);
    if (residence >= 0) sep = residence;
  }
  // "| Ông Nguyễn Văn A | Giám đốc Sở Y tế |": a table's name cell before its post cell.
  // ("NAME |" and a blank line: a byline closing the cell above a paragraph, no row.)
  if (p === '|') return ctx.tokens.flags[head]! & PARA_BEFORE ? null : tableNameBefore(ctx, head - 1);
  if (p !== ',' && p !== '-' && p !== '(') {
    return p === '' ? capsNameBefore(ctx, head) ?? nameBeforeAbbrev(ctx, head) ?? nameLineBefore(ctx, head) ?? cuedNameRightBefore(ctx, head) : null;
  }
  const j = sep - 1;
  const start = capRunStart(ctx, j);
  if (start > j) return lowerGivenBefore(ctx, j) ?? foreignAfterHonorific(ctx, j); // (long Latin words are no name tokens)
  if (placeWordBefore(ctx, start)) return null;
  return pickName(ctx, start, j + 1, contextBefore(ctx, start)) ?? foreignAfterHonorific(ctx, j);
}

// From the "(" before a post, the comma that opens a residence clause (", trú tại …") after a name, or the "(" of the
// birth aside before that comma; -1 when there is none.
function residenceBefore(ctx: TextContext, paren: number): number {
  for (let k = paren - 1; k >= Math.max(1, paren - 20); k--) {
    const p = punctAt(ctx, k);
    if (p === '.' || p === ';') return -1;
    if (p !== ',' || !RESIDENCE.has(tokenKey(ctx, k + 1))) continue;
    const aside = asideBefore(ctx, k);
    return aside >= 0 ? aside : k;
  }
  return -1;
}

// The name filling a table cell that ends at the bar `bar` (the cell opens with a bar or a line, maybe an honorific).
function tableNameBefore(ctx: TextContext, bar: number): [number, number] | null {
  const j = bar - 1;
  const start = capRunStart(ctx, j);
  if (start > j - 1) return null;
  const name = pickName(ctx, start, j + 1, 'strong'); // "Ông Nguyễn Văn A": the honorific is left out
  if (!name || name[1] !== j + 1) return null;
  let open = name[0] - 1;
  if (open >= 0 && HONORIFICS.match(ctx, open)?.len === 1) open--;
  return punctAt(ctx, open) === '|' || ctx.tokens.flags[open + 1]! & NL_BEFORE ? name : null;
}

const RESIDENCE = new Set(['trú', 'ngụ', 'quê', 'hộ']);

// "Ngài Elbridge A. Colby, Thứ trưởng …", "ông Chhoun Chatha, Phó Tổng chưởng lý": a Latin-letter name vouched for by
// the honorific before it.
function foreignAfterHonorific(ctx: TextContext, j: number): [number, number] | null {
  // "ngài Oh-Sae-Hyun, Thị trưởng …", "ông Văn-Xay-Phong-Sạ-Vẳn, Ủy viên …": syllables joined by hyphens.
  const name = foreignNameEndingAt(ctx, j) ?? hyphenNameEndingAt(ctx, j);
  if (!name) return null;
  // "các đồng chí: No-bi-hả Tông-pao - Phó Bí thư …; Bua-ngân …": a hyphenated name opening a list's item.
  const p = punctAt(ctx, name[0] - 1);
  const listed = (p === ':' || p === ';') && hyphenNameEndingAt(ctx, j) !== null;
  return honorificEndsAt(ctx, name[0] - 1) || ranksBefore(ctx, name[0]).military || listed ? name : null;
}

// "các đồng chí: Hoàng Minh A Phó Chủ tịch UBND thành phố; …", "đồng chí Lê Văn B Bí thư Huyện ủy": the separator
// left out between a name, vouched for by list punctuation or an honorific, and its capitalised title.
function cuedNameRightBefore(ctx: TextContext, head: number): [number, number] | null {
  const t = ctx.tokens;
  // "ông Lương Văn Anh phó Tổng cục trưởng …": a head in lower case only when it is a post on its own.
  const strictLower = !(t.flags[head]! & CAP) && TITLE_HEADS.match(ctx, head + (tokenKey(ctx, head) === 'phó' ? 1 : 0))?.value.needsPublic === false;
  if ((!(t.flags[head]! & CAP) && !strictLower) || t.flags[head]! & (ALLCAPS | NL_BEFORE)) return null;
  const j = head - 1;
  const start = capRunStart(ctx, j);
  // "Ông Sherin Valery Vitalevich Chủ tịch chính phủ tỉnh Tula": a Latin-letter name after an honorific.
  if (start > j - 1) return foreignAfterHonorific(ctx, j);
  const p = punctAt(ctx, start - 1);
  // ("GS.TS. Lê Quân Giám đốc Đại học Quốc gia Hà Nội": an academic prefix vouches for the name as well.)
  if (p !== ':' && p !== ';' && !honorificEndsAt(ctx, start - 1) && !ranksBefore(ctx, start).ranks.length) return null;
  const name = pickName(ctx, start, j + 1, 'strong');
  // "; Bầu Ban Bí thư;": an organ word ends no name.
  if (name && ORGAN_NOUNS.has(tokenKey(ctx, j))) return null;
  return name && name[0] === start && name[1] === j + 1 ? name : null;
}

// An author's byline: "TS. Bùi Văn A" alone on a line, "Nguyên Chủ nhiệm Văn phòng Quốc hội" opening the next.
function nameLineBefore(ctx: TextContext, head: number): [number, number] | null {
  const t = ctx.tokens;
  if (!(t.flags[head]! & NL_BEFORE) || !(t.flags[head]! & CAP)) return null;
  // "Chu Văn\nThủ tướng Phạm Minh Chính …": a reporter's byline above a title line that names its own holder.
  if (parseTitleChain(ctx, head, 'title-first')?.name) return null;
  const j = head - 1;
  const start = capRunStart(ctx, j);
  if (start > j - 1) return null;
  const opensLine = start === 0 || (t.flags[start]! & NL_BEFORE) !== 0;
  const r = opensLine ? null : ranksBefore(ctx, start);
  if (!opensLine && !(r && r.ranks.length && (r.from === 0 || t.flags[r.from]! & NL_BEFORE))) return null;
  const name = pickName(ctx, start, j + 1, 'weak');
  return name && name[0] === start && name[1] === j + 1 ? name : null;
}

// "đồng chí Nguyễn Khắc lập - Phó Giám đốc": a given name typed in lower case right before the separator.
function lowerGivenBefore(ctx: TextContext, j: number): [number, number] | null {
  if (j < 2 || ctx.tokens.kind[j] !== WORD || ctx.tokens.flags[j]! & CAP) return null;
  const start = capRunStart(ctx, j - 1);
  if (start > j - 1) return null;
  const name = pickName(ctx, start, j, contextBefore(ctx, start));
  return name && name[1] === j && extendLowerGiven(ctx, name)[1] === j + 1 ? [name[0], j + 1] : null;
}

