import { capRunEnd, capRunStart, isNameToken, pickName, placeWordBefore, type NameContext } from './name-run';
import { foreignNameEndingAt } from './foreign-name';
import { ORG_PHRASES } from './org-words';
import { HONORIFICS, MILITARY_RANKS } from './ranks';
import { tokenKey, type TextContext } from './text-context';
import { NUM, PARA_BEFORE, PUNCT, WORD } from './tokenize';
import { parseTitleChain, startTitle, type TitleChain } from './parse-title-chain';
import { termEnd } from './term-of-office';

// "giữ chức", "giữ chức vụ", "đảm nhiệm chức vụ", "đảm nhận chức vụ" right before a title head.
function postPhraseStart(ctx: TextContext, head: number): number {
  let k = head - 1;
  if (tokenKey(ctx, k) === 'làm' && ctx.tokens.kind[k] === WORD) return k; // "Bà A làm quyền Bộ trưởng"
  // "ông A được chỉ định là Bí thư Tỉnh ủy": "là" after an appointing verb.
  if (tokenKey(ctx, k) === 'là' && (tokenKey(ctx, k - 1) === 'định' || tokenKey(ctx, k - 1) === 'bầu' || tokenKey(ctx, k - 1) === 'nhiệm')) return k;
  // "Ông A tái đắc cử Chủ tịch UBND tỉnh", "trúng cử Phó Chủ tịch …", "tái cử …" with no "chức".
  if (tokenKey(ctx, k) === 'cử' && tokenKey(ctx, k - 1) === 'tái') return k - 1;
  if (tokenKey(ctx, k) === 'cử' && (tokenKey(ctx, k - 1) === 'đắc' || tokenKey(ctx, k - 1) === 'trúng')) return tokenKey(ctx, k - 2) === 'tái' ? k - 2 : k - 1;
  // "ông A nhận nhiệm vụ Trưởng ban Tuyên giáo Tỉnh ủy": a new post taken up.
  if (tokenKey(ctx, k) === 'vụ' && tokenKey(ctx, k - 1) === 'nhiệm' && tokenKey(ctx, k - 2) === 'nhận') return k - 2;
  if (tokenKey(ctx, k) === 'vị' && tokenKey(ctx, k - 1) === 'cương') k--; // "giữ cương vị"
  else if (tokenKey(ctx, k) === 'trí' && tokenKey(ctx, k - 1) === 'vị') k--; // "đảm nhiệm vị trí"
  else {
    if (tokenKey(ctx, k) === 'vụ' || tokenKey(ctx, k) === 'danh') k--;
    if (tokenKey(ctx, k) !== 'chức') return -1;
  }
  k--;
  const verb = tokenKey(ctx, k);
  if (verb === 'giữ' || verb === 'đương') return k; // "hiện đương chức …": currently holding
  if (verb === 'lại' && tokenKey(ctx, k - 1) === 'bầu') return k; // "được bầu lại chức …": re-elected
  // "bằng hình thức cách chức …", "xóa tư cách chức vụ …": a discipline taking away the post the person held.
  if (verb === 'cách') return tokenKey(ctx, k - 1) === 'tư' && (tokenKey(ctx, k - 2) === 'xóa' || tokenKey(ctx, k - 2) === 'xoá') ? k - 2 : k;
  if ((verb === 'nhiệm' || verb === 'nhận') && tokenKey(ctx, k - 1) === 'đảm') return k - 1;
  // "tái đắc cử chức", "trúng cử chức", "tái cử chức": elected to the post.
  if (verb === 'cử' && tokenKey(ctx, k - 1) === 'tái') return k - 1;
  if (verb === 'cử' && (tokenKey(ctx, k - 1) === 'đắc' || tokenKey(ctx, k - 1) === 'trúng')) {
    return tokenKey(ctx, k - 2) === 'tái' ? k - 2 : k - 1;
  }
  return -1;
}

// "được bổ nhiệm", "được bầu", "tiếp tục được điều động" between the name and the post phrase.
const LEAD_INS = [['bổ', 'nhiệm'], ['bầu'], ['tín', 'nhiệm'], ['điều', 'động'], ['phân', 'công'], ['cử'], ['hiệp', 'thương', 'cử'], ['chỉ', 'định'], ['chuẩn', 'y']];

// The lead-in verb whose last word is token k, or undefined.
function leadInEndingAt(ctx: TextContext, k: number): readonly string[] | undefined {
  return LEAD_INS.find((v) => v.every((w, m) => tokenKey(ctx, k - v.length + 1 + m) === w));
}

function skipLeadIn(ctx: TextContext, k: number): number {
  // "được bổ nhiệm lại làm …": re-appointed.
  if (tokenKey(ctx, k) === 'lại' && LEAD_INS.some((w) => tokenKey(ctx, k - 1) === w[w.length - 1])) k--;
  // "được chỉ định tiếp tục giữ chức": "tiếp tục" between the verb and the post phrase.
  if (tokenKey(ctx, k) === 'tục' && tokenKey(ctx, k - 1) === 'tiếp' && LEAD_INS.some((w) => tokenKey(ctx, k - 2) === w[w.length - 1])) k -= 2;
  // (tokenKey is '' outside the text, so a lead-in found lies wholly inside it.)
  const words = leadInEndingAt(ctx, k);
  if (words) {
    k -= words.length;
    // "được HĐND tỉnh tín nhiệm bầu giữ chức …": two lead-ins in a row.
    const before = leadInEndingAt(ctx, k);
    if (before) k -= before.length;
    // "được Trung ương điều động, phân công giữ chức vụ …": verbs listed with commas.
    for (let n = 0; n < 3 && ctx.tokens.kind[k] === PUNCT && ctx.text[ctx.tokens.start[k]!] === ','; n++) {
      const prev = leadInEndingAt(ctx, k - 1);
      if (!prev) break;
      k -= prev.length + 1;
    }
    // "được Quốc hội bầu", "được HĐND tỉnh bầu": the electing body between "được" and the verb.
    for (let j = k; j >= 0 && j >= k - 7 && ctx.tokens.kind[j] === WORD; j--) {
      if (tokenKey(ctx, j) === 'được') { k = j; break; }
    }
    if (tokenKey(ctx, k) === 'được') k--;
    if (['đã', 'vừa', 'mới'].includes(tokenKey(ctx, k))) k--;
    if (tokenKey(ctx, k) === 'tục' && tokenKey(ctx, k - 1) === 'tiếp') k -= 2;
    return k;
  }
  // "kỷ luật ông A bằng hình thức cách chức …".
  if (tokenKey(ctx, k) === 'thức' && tokenKey(ctx, k - 1) === 'hình' && tokenKey(ctx, k - 2) === 'bằng') return k - 3;
  if (tokenKey(ctx, k) === 'tục' && tokenKey(ctx, k - 1) === 'tiếp') return k - 2; // "A tiếp tục giữ chức"
  // "ông A (SN 1958) đã tái đắc cử chức danh …": a tense word before the verb; "ông A thôi giữ chức …": the post
  // the person gives up.
  if (['đang', 'đã', 'vừa', 'mới', 'thôi'].includes(tokenKey(ctx, k))) k--;
  return tokenKey(ctx, k) === 'hiện' ? k - 1 : k;
}

// How far back (tokens) a short "bà Hà" may find the full name it stands for.
const FULL_NAME_WINDOW = 400;

// "Bà Hà đang đảm nhiệm chức danh …": an honorific and a given name standing for "bà Phạm Thị Hà" named earlier.
function fullNameBefore(ctx: TextContext, j: number): [number, number] | null {
  const t = ctx.tokens;
  if (j < 1 || t.kind[j] !== WORD || !isNameToken(ctx, j, false) || cueStart(ctx, j - 1) < 0) return null;
  const given = t.hash[j]!;
  for (let k = j - 2; k >= 1 && k >= j - FULL_NAME_WINDOW; k--) {
    if (t.hash[k] !== given || t.kind[k] !== WORD || tokenKey(ctx, k) !== tokenKey(ctx, j)) continue;
    const start = capRunStart(ctx, k);
    if (k - start < 1 || k - start > 3 || isNameToken(ctx, k + 1, false)) continue;
    const name = pickName(ctx, start, k + 1, cued(ctx, start));
    if (name && name[1] === k + 1 && name[1] - name[0] >= 2 && cueStart(ctx, name[0] - 1) >= 0) return name;
  }
  return null;
}

// "(55 tuổi, quê huyện X)" between a name and the verb: skipped backwards, a few tokens at most.
function skipParenthesis(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  if (k < 0 || t.kind[k] !== PUNCT || ctx.text[t.start[k]!] !== ')') return k;
  for (let j = k - 1; j >= Math.max(0, k - 24); j--) {
    if (t.kind[j] === PUNCT && ctx.text[t.start[j]!] === '(') return j - 1;
  }
  return k;
}

// ", 56 tuổi," between a name and the verb: skipped backwards to the token before its comma.
function skipAge(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  const comma = (i: number) => i >= 0 && t.kind[i] === PUNCT && ctx.text[t.start[i]!] === ',';
  if (!comma(k) || tokenKey(ctx, k - 1) !== 'tuổi' || t.kind[k - 2] !== NUM || !comma(k - 3)) return k;
  return k - 4;
}

// Start of an honorific or rank ending at token j ("ông", "đồng chí", "Đại tá"), or -1.
function cueStart(ctx: TextContext, j: number): number {
  for (const lex of [HONORIFICS, MILITARY_RANKS]) {
    for (let len = 1; len <= 3 && j - len + 1 >= 0; len++) {
      const m = lex.match(ctx, j - len + 1);
      if (m && m.len === len) return j - len + 1;
    }
  }
  return -1;
}

function cued(ctx: TextContext, start: number): NameContext {
  return cueStart(ctx, start - 1) >= 0 ? 'strong' : 'weak';
}

// "… chúc mừng ông Motegi Toshimitsu được bổ nhiệm làm …": a Latin-letter name ending at j, after an honorific.
function foreignAfterCue(ctx: TextContext, j: number): [number, number] | null {
  const foreign = foreignNameEndingAt(ctx, j);
  return foreign && foreign[0] > 0 && HONORIFICS.match(ctx, foreign[0] - 1) ? foreign : null;
}

function nameEndingAt(ctx: TextContext, j: number): [number, number] | null {
  if (j < 0 || ctx.tokens.kind[j] !== WORD) return null;
  const start = capRunStart(ctx, j);
  if (start > j) return foreignAfterCue(ctx, j); // (long Latin words are no name tokens)
  if (placeWordBefore(ctx, start)) return null; // "Chủ tịch HĐND huyện Sơn Tịnh được bổ nhiệm …"
  // "ông A - Bí thư Huyện ủy Lý Sơn giữ chức …": the organ's place, not a person, right before the post phrase.
  for (let len = 1; len <= 3 && start - len >= 0; len++) if (ORG_PHRASES.match(ctx, start - len)?.len === len) return null;
  // ("… Bệnh viện Đa khoa Buôn Ma Thuột, được điều động …": a name inside a longer run is a place's end.)
  const name = pickName(ctx, start, j + 1, cued(ctx, start));
  if (!name) return foreignAfterCue(ctx, j);
  // (Only an honorific or a rank may open the run before the name: "Ông A …", "Đại tá A …".)
  return name[0] === start || HONORIFICS.match(ctx, start) || MILITARY_RANKS.match(ctx, start) ? name : null;
}

/** People given the post that starts at `head`: "ông A (được bổ nhiệm) giữ chức vụ <title>", "ông A và ông B đảm nhiệm chức vụ <title>". */
export function appointeesBefore(ctx: TextContext, head: number): Array<[number, number]> {
  return postPhraseStart(ctx, head) < 0 ? [] : appointeesAt(ctx, head);
}

/** True when "(đã) được (X) bầu/bổ nhiệm giữ chức/làm <public title>" starts at token k (after a person's apposition). */
export function appointedAt(ctx: TextContext, k: number): boolean {
  if (tokenKey(ctx, k) === 'đã' || tokenKey(ctx, k) === 'vừa') k++;
  if (tokenKey(ctx, k) === 'thôi') k++; // "ông A, Tỉnh ủy viên, thôi giữ chức …": the post given up
  // "(được …) giữ chức <title>": the passive form, or the post phrase itself ("ông A, Trưởng phòng X giữ chức Y").
  if (tokenKey(ctx, k) !== 'được' && tokenKey(ctx, k) !== 'giữ') return false;
  const head = appointedHeadAt(ctx, k);
  return head >= 0 && parseTitleChain(ctx, head, 'name-first')!.titles.some((x) => x.isPublic);
}

/**
 * The head of the post a person named before token k is given: "(đã) được (X) bầu/bổ nhiệm giữ chức <title>",
 * "giữ chức <title>", "làm <title>" right after the person's apposition; -1 when none.
 */
export function appointedHeadAt(ctx: TextContext, k: number): number {
  k = leftPartyBodiesEnd(ctx, k);
  if (tokenKey(ctx, k) === 'đã' || tokenKey(ctx, k) === 'vừa') k++;
  if (tokenKey(ctx, k) === 'thôi') k++;
  // "ông A, Ủy viên Trung ương Đảng, tái cử giữ chức …": re-elected to the post.
  if (tokenKey(ctx, k) === 'tái' && tokenKey(ctx, k + 1) === 'cử' && tokenKey(ctx, k + 2) === 'giữ') k += 2;
  const passive = tokenKey(ctx, k) === 'được';
  for (let j = k; j < Math.min(ctx.tokens.count, k + 10); j++) {
    if (ctx.tokens.kind[j] !== WORD) return -1;
    if (!startTitle(ctx, j)) continue;
    const phrase = postPhraseStart(ctx, j);
    // After "được" the electing body and the verb come first; without it the post phrase opens at k.
    return (passive ? phrase > k : phrase === k) ? j : -1;
  }
  return -1;
}

// "thôi tham gia Ban Chấp hành Đảng bộ thành phố, thôi giữ chức …": leaving a Party body's membership before the post
// given up; the token after its comma (k when there is none).
function leftPartyBodiesEnd(ctx: TextContext, k: number): number {
  if (tokenKey(ctx, k) !== 'thôi' || tokenKey(ctx, k + 1) !== 'tham' || tokenKey(ctx, k + 2) !== 'gia') return k;
  for (let j = k + 3; j < Math.min(ctx.tokens.count, k + 20); j++) {
    if (ctx.tokens.kind[j] !== PUNCT) continue;
    const p = ctx.text[ctx.tokens.start[j]!];
    if (p !== ',') return k;
    if (tokenKey(ctx, j + 1) === 'thôi' || tokenKey(ctx, j + 1) === 'giữ') return j + 1;
  }
  return k;
}

// How far back (tokens) the person a sentence's later post phrase belongs to may be named.
const SUBJECT_WINDOW = 80;

/**
 * "… điều động đồng chí A, Phó Bí thư xã X, đến nhận công tác tại xã Y, chỉ định tham gia Ban Chấp hành … và giữ chức
 * Phó Bí thư xã Y": a post phrase after "và" or a comma with no name of its own, in a sentence that names one
 * person (with an honorific) before it: that person.
 */
function soleSubjectBefore(ctx: TextContext, phrase: number): [number, number] | null {
  const t = ctx.tokens;
  const prev = phrase - 1;
  if (!(tokenKey(ctx, prev) === 'và' || (t.kind[prev] === PUNCT && ctx.text[t.start[prev]!] === ','))) return null;
  let found: [number, number] | null = null;
  for (let k = prev - 1; k >= 1 && k >= prev - SUBJECT_WINDOW; k--) {
    if (t.kind[k] === PUNCT && '.:!?'.includes(ctx.text[t.start[k]!]!)) break;
    if (t.flags[k]! & PARA_BEFORE) break;
    const cue = cueStart(ctx, k - 1);
    if (cue < 0) continue;
    const name = pickName(ctx, k, capRunEnd(ctx, k), 'strong');
    if (!name || name[0] !== k || name[1] - name[0] < 2) continue;
    if (found) return null; // two people: whose post it is stays unclear
    found = name;
    // "… công bố Quyết định … về việc đồng chí A, …": the person the decision is about.
    const w1 = tokenKey(ctx, cue - 1);
    if ((w1 === 'việc' && tokenKey(ctx, cue - 2) === 'về') || (w1 === 'với' && tokenKey(ctx, cue - 2) === 'đối')) return found;
  }
  return found;
}

function appointeesAt(ctx: TextContext, head: number): Array<[number, number]> {
  const phrase = postPhraseStart(ctx, head);
  if (phrase < 0) return [];
  let at = skipAge(ctx, skipParenthesis(ctx, skipLeadIn(ctx, phrase - 1)));
  if (at >= 1 && ctx.tokens.kind[at] === PUNCT && ctx.text[ctx.tokens.start[at]!] === ',') at--; // "ông A, tái đắc cử …"
  const last = nameEndingAt(ctx, at) ?? fullNameBefore(ctx, at) ?? soleSubjectBefore(ctx, phrase);
  if (!last || last[1] - last[0] < 2) return [];
  if (last[1] !== at + 1) return [last]; // the full name of a short mention: no list before it
  const names: Array<[number, number]> = [last];
  // "ông A và ông B đảm nhiệm ...", "các đồng chí A, B, C được bầu giữ chức ...": earlier names before "và" or ",".
  for (let guard = 0; guard < 8; guard++) {
    const head = names[0]!;
    const cue = cueStart(ctx, head[0] - 1);
    const k = (cue >= 0 ? cue : head[0]) - 1;
    const sep = tokenKey(ctx, k) === 'và' || (ctx.tokens.kind[k] === PUNCT && ctx.text[ctx.tokens.start[k]!] === ',');
    if (!sep) break;
    const first = nameEndingAt(ctx, k - 1);
    if (!first || first[1] - first[0] < 2) break;
    names.unshift(first);
  }
  return names;
}

/**
 * "…, thôi giữ chức Bí thư Huyện ủy X nhiệm kỳ 2015 - 2020, thôi giữ chức Chủ tịch HĐND huyện X để giữ chức Phó
 * trưởng Ban …": the posts given up and taken one after another after the first post phrase ending at `end`, each
 * after ",", "để" or "và" and its own "(thôi) giữ chức" (a term of office may close each). Their chains.
 */
export function laterPosts(ctx: TextContext, end: number): TitleChain[] {
  const posts: TitleChain[] = [];
  for (let k = end, n = 0; n < 6 && k < ctx.tokens.count; n++) {
    k = termEnd(ctx, k) || k;
    if (ctx.tokens.kind[k] === PUNCT && ctx.text[ctx.tokens.start[k]!] === ',') k++;
    if (tokenKey(ctx, k) === 'để' || tokenKey(ctx, k) === 'và') k++;
    if (!['giữ', 'thôi', 'được'].includes(tokenKey(ctx, k))) break; // ("…, được điều động làm Phó trưởng Ban …")
    const head = appointedHeadAt(ctx, k);
    if (head < 0) break;
    const post = parseTitleChain(ctx, head, 'name-first')!;
    posts.push(post);
    k = post.end;
  }
  return posts;
}
