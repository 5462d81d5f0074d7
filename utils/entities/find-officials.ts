import { rankAfterName, rankBetween } from './rank-after-name';
import { asideBefore } from './aside-before';
import { appointedAt, appointedHeadAt, appointeesBefore } from './appointees-before';
import { holdersAfter, listNames } from './holders-after';
import { listOpenedAt, namesInList } from './list-after-title';
import { capRunEnd, capRunStart, extendLowerGiven, pickName, placeWordBefore, type NameContext } from './name-run';
import { parseTitleChain, startTitle, type TitleChain } from './parse-title-chain';
import { foreignNameAt, foreignNameEndingAt } from './foreign-name';
import { presidentHoAt } from './president-ho';
import { signatureAt } from './signature-block';
import { signerAt } from './signer';
import { hashKey } from './char-class';
import { SKIPPED_MODIFIERS, TITLE_HEADS, TITLE_MODIFIERS } from './title-heads';
import { firstBits } from './phrase-lexicon';
import { HONORIFICS, MILITARY_RANKS } from './ranks';
import { ranksBefore } from './ranks-before';
import { origText, tokenKey, type TextContext } from './text-context';
import { ALLCAPS, CAP, NL_BEFORE, NUM, PARA_BEFORE, PUNCT, WORD } from './tokenize';

/** One full-name mention of an official with what the text says about them there. */
export interface OfficialHit {
  /** Token range of the name. */
  name: [number, number];
  titles: string[];
  ranks: string[];
  /** "Chủ tịch Nguyễn Văn A" with a bare ambiguous head: kept only for a person the text names with a public post. */
  ifKnown?: boolean;
  /** A list "các ông bà: A, B, C" with no post: kept, all of it, when the text names one of them with a public post. */
  group?: number;
}

function punct(ctx: TextContext, i: number): string {
  return i >= 0 && i < ctx.tokens.count && ctx.tokens.kind[i] === PUNCT ? ctx.text[ctx.tokens.start[i]!]! : '';
}

function honorificEndsAt(ctx: TextContext, j: number): boolean {
  for (const len of [1, 2]) {
    const m = j - len + 1 >= 0 ? HONORIFICS.match(ctx, j - len + 1) : null;
    if (m && m.len === len) return true;
  }
  return false;
}

// How strongly the tokens before a name run vouch for it: honorific, rank, list punctuation.
function contextBefore(ctx: TextContext, start: number): NameContext {
  const p = punct(ctx, start - 1);
  if (p === ':' || p === ';' || p === '(') return 'strong';
  if (honorificEndsAt(ctx, start - 1)) return 'strong';
  return ranksBefore(ctx, start).ranks.length ? 'strong' : 'weak';
}

// Name-first order: "<name>, <title>", "<name> - <title>", "<name> (<title>".
// "(SN 1978, Phó chi cục trưởng)", ", sinh năm 1959, nguyên Phó giám đốc": birth or age between name and title.
function skipBirth(ctx: TextContext, comma: number): number {
  let k = comma - 1;
  // ", 55 tuổi,", "(58 tuổi, Trưởng đoàn …)": an age.
  if (tokenKey(ctx, k) === 'tuổi' && ctx.tokens.kind[k - 1] === NUM && (punct(ctx, k - 2) === ',' || punct(ctx, k - 2) === '(')) return k - 2;
  if (ctx.tokens.kind[k] !== NUM) return -1;
  k--;
  const key = tokenKey(ctx, k);
  if (key === 'sn' || key === 'ns') k--;
  else if (key === 'năm' && tokenKey(ctx, k - 1) === 'sinh') k -= 2;
  else return -1;
  const p = punct(ctx, k);
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
  if (start > j - 1 || !honorificEndsAt(ctx, start - 1)) return null;
  const name = pickName(ctx, start, j + 1, 'strong');
  return name && name[1] === j + 1 ? name : null;
}

function nameBefore(ctx: TextContext, head: number): [number, number] | null {
  let p = punct(ctx, head - 1);
  let sep = head - 1;
  if (p === ',') {
    // "ông A (sinh năm 1976), Chánh Văn phòng …": an aside in parentheses stands between the name and the comma.
    const birth = Math.max(skipBirth(ctx, head - 1), asideBefore(ctx, head - 1), rankBetween(ctx, head - 1));
    if (birth >= 0) { sep = birth; p = punct(ctx, birth); }
  } else if (p === '-') {
    // "Mã Văn A (SN 1962, trú tại …) – nguyên Trưởng phòng …": the same aside before a dash.
    const aside = asideBefore(ctx, head - 1);
    if (aside >= 0) { sep = aside; p = '-'; }
  }
  if (p !== ',' && p !== '-' && p !== '(') {
    return p === '' ? capsNameBefore(ctx, head) ?? nameBeforeAbbrev(ctx, head) ?? nameLineBefore(ctx, head) ?? cuedNameRightBefore(ctx, head) : null;
  }
  const j = sep - 1;
  const start = capRunStart(ctx, j);
  if (start > j) return lowerGivenBefore(ctx, j) ?? foreignAfterHonorific(ctx, j); // (long Latin words are no name tokens)
  if (placeWordBefore(ctx, start)) return null;
  return pickName(ctx, start, j + 1, contextBefore(ctx, start)) ?? foreignAfterHonorific(ctx, j);
}

// "Ngài Elbridge A. Colby, Thứ trưởng …", "ông Chhoun Chatha, Phó Tổng chưởng lý": a Latin-letter name vouched for by
// the honorific before it.
function foreignAfterHonorific(ctx: TextContext, j: number): [number, number] | null {
  const name = foreignNameEndingAt(ctx, j);
  return name && (honorificEndsAt(ctx, name[0] - 1) || ranksBefore(ctx, name[0]).military) ? name : null;
}

// "các đồng chí: Hoàng Minh A Phó Chủ tịch UBND thành phố; …", "đồng chí Lê Văn B Bí thư Huyện ủy": the separator
// left out between a name, vouched for by list punctuation or an honorific, and its capitalised title.
function cuedNameRightBefore(ctx: TextContext, head: number): [number, number] | null {
  const t = ctx.tokens;
  if (!(t.flags[head]! & CAP) || t.flags[head]! & (ALLCAPS | NL_BEFORE)) return null;
  const j = head - 1;
  const start = capRunStart(ctx, j);
  if (start > j - 1) return null;
  const p = punct(ctx, start - 1);
  if (p !== ':' && p !== ';' && !honorificEndsAt(ctx, start - 1)) return null;
  const name = pickName(ctx, start, j + 1, 'strong');
  return name && name[0] === start && name[1] === j + 1 ? name : null;
}

// An author's byline: "TS. Bùi Văn A" alone on a line, "Nguyên Chủ nhiệm Văn phòng Quốc hội" opening the next.
function nameLineBefore(ctx: TextContext, head: number): [number, number] | null {
  const t = ctx.tokens;
  if (!(t.flags[head]! & NL_BEFORE) || t.flags[head]! & PARA_BEFORE || !(t.flags[head]! & CAP)) return null;
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

function titleTexts(ctx: TextContext, chain: TitleChain): string[] {
  const t = ctx.tokens;
  return chain.titles.map((s) => origText(ctx, t.start[s.from]!, t.end[s.to - 1]!));
}

// "…, Chủ tịch Nguyễn Văn A cho biết": a bare ambiguous head before a full name adds its title to an official the
// text names with a public post (checked once all hits are known); alone it proves nothing (a company's chairman).
function bareHeadHolder(ctx: TextContext, chain: TitleChain, hits: OfficialHit[]): boolean {
  const only = chain.titles[0]!;
  if (!chain.name || chain.titles.length !== 1 || startTitle(ctx, only.from)!.headEnd !== only.to) return false;
  hits.push({ name: extendLowerGiven(ctx, chain.name), titles: titleTexts(ctx, chain), ranks: [], ifKnown: true });
  return true;
}

/** Finds officials by title heads and ranks: name-first, title-first and shared plural titles. */
export function findOfficials(ctx: TextContext): OfficialHit[] {
  const hits: OfficialHit[] = [];
  const t = ctx.tokens;
  // Most tokens start neither a rank nor a title: one table load rules them out.
  const cue = MILITARY_RANKS.bit | TITLE_HEADS.bit | TITLE_MODIFIERS.bit | SKIPPED_MODIFIERS.bit;
  const bits = firstBits; // a local alias for the per-token loop (see tokenize.ts)
  let i = 0;
  let closedAt = -1; // end of the last name that closed a title-first chain
  while (i < t.count) {
    if (t.kind[i] !== WORD || !(bits(ctx, i) & cue)) { i++; continue; }
    const rank = MILITARY_RANKS.match(ctx, i);
    if (rank) {
      const j = i + rank.len;
      const run = capRunEnd(ctx, j);
      // "Đại tướng Chansamone Chanyalath, Phó Thủ tướng …": a foreign officer's name no Vietnamese syllable spells.
      const picked = (run - j >= 2 ? pickName(ctx, j, run, 'strong') : null) ?? foreignNameAt(ctx, j, true);
      if (picked && picked[0] === j) {
        const name = extendLowerGiven(ctx, picked);
        hits.push({ name, titles: [], ranks: ranksBefore(ctx, j).ranks });
        i = name[1];
        // "đại tá A, đại tá B, C và thượng tá D": names listed with a ranked officer are officers too.
        if (punct(ctx, i) === ',' || tokenKey(ctx, i) === 'và') {
          const more: Array<[number, number]> = [];
          const end = listNames(ctx, i + 1, more);
          if (more.length) {
            for (const n of more) hits.push({ name: n, titles: [], ranks: ranksBefore(ctx, n[0]).ranks });
            i = end;
          }
        }
        continue;
      }
    }
    if (!startTitle(ctx, i)) { i++; continue; }
    const ho = presidentHoAt(ctx, i);
    if (ho) {
      hits.push({ name: ho, titles: [origText(ctx, t.start[i]!, t.end[i + 1]!)], ranks: [] });
      i = ho[1];
      continue;
    }
    const appointees = appointeesBefore(ctx, i);
    if (appointees.length) {
      const chain = parseTitleChain(ctx, i, 'name-first')!;
      if (chain.titles.some((s) => s.isPublic)) {
        const titles = titleTexts(ctx, chain);
        for (const n of appointees) hits.push({ name: n, titles, ranks: ranksBefore(ctx, n[0]).ranks });
      }
      i = Math.max(chain.end, i + 1);
      continue;
    }
    let left = nameBefore(ctx, i);
    let chain = parseTitleChain(ctx, i, left ? 'name-first' : 'title-first')!;
    if (left && left[1] === closedAt) {
      // "Thủ tướng A, Thường trực Ban Bí thư B", "… là Đại tướng A, Chủ nhiệm X là Thượng tướng B": the name before
      // closed the previous title; this title goes to the holder named after it, when there is one.
      const own = parseTitleChain(ctx, i, 'title-first')!;
      if (own.name || holdersAfter(ctx, own, true).names.length) { left = null; chain = own; }
    }
    // "A – Phó Tổng Tham mưu trưởng …, Thứ trưởng Bộ X Nguyễn Văn B": a name closing the last of several titles holds
    // that one; the titles before it stay A's.
    if (left && chain.name && chain.titles.length >= 2) {
      const last = chain.titles.pop()!;
      if (last.isPublic) {
        hits.push({ name: extendLowerGiven(ctx, chain.name), titles: [origText(ctx, t.start[last.from]!, t.end[last.to - 1]!)], ranks: ranksBefore(ctx, chain.name[0]).ranks });
        closedAt = chain.name[1];
      }
    }
    const isPublic = chain.titles.some((s) => s.isPublic);
    if (left) {
      const r = ranksBefore(ctx, left[0]);
      const after = rankAfterName(ctx, left[1]); // "ông A, Đại tá, Chỉ huy trưởng …"
      if (after) { r.ranks.push(after); r.military = true; }
      // "Ông A, Phó viện trưởng thường trực, được Quốc hội bầu giữ cương vị …": the election vouches for the post.
      const past = chain.end + (punct(ctx, chain.end) === ',' ? 1 : 0);
      const appointed = !isPublic && !r.military && appointedAt(ctx, past);
      if (isPublic || r.military || appointed) {
        const titles = titleTexts(ctx, chain);
        // "ông A, Phó Giám đốc Sở X (được bổ nhiệm) giữ chức Giám đốc Sở Y": the new post is the person's too.
        const head = appointedHeadAt(ctx, past);
        const next = head >= 0 ? parseTitleChain(ctx, head, 'name-first')! : null;
        if (next && next.titles.some((x) => x.isPublic)) titles.push(...titleTexts(ctx, next));
        hits.push({ name: left, titles, ranks: r.ranks });
      }
      else {
        // "thăm bà Lê Thị A, Chủ tịch Nguyễn Văn B cho biết": the bare title belongs to the name after it.
        const own = parseTitleChain(ctx, i, 'title-first')!;
        if (bareHeadHolder(ctx, own, hits)) chain = own;
      }
    } else {
      if (!isPublic) bareHeadHolder(ctx, chain, hits);
      const h = holdersAfter(ctx, chain, isPublic);
      const titles = h.keepTitles ? titleTexts(ctx, chain) : [];
      for (const n of h.names) {
        const unsure = chain.nameUnsure === true && n[0] === chain.name![0];
        hits.push({ name: n, titles, ranks: ranksBefore(ctx, n[0]).ranks, ...(unsure ? { ifKnown: true } : {}) });
      }
      if (h.names.length) closedAt = h.names[h.names.length - 1]![1];
      // "Chủ tịch Hội … Nguyễn Văn A, Phó Chủ nhiệm … B": a name closing even a title that proves nothing (no public
      // organ) was that title's holder; the next title, with a holder of its own, is not A's.
      else if (chain.name) closedAt = chain.name[1];
      chain.end = Math.max(chain.end, h.end);
    }
    i = Math.max(chain.end, i + 1);
  }
  signers(ctx, hits);
  bareLists(ctx, hits);
  comrades(ctx, hits);
  return hits;
}

const KY = hashKey('ký');

const DONG = hashKey('đồng');
const DC = hashKey('đ/c');

// "đồng chí Lê Minh Khái cho biết": in news, a comrade named in full is a Party or State cadre even with no post
// written near the name (checked on every held-out set: no counter-example). One hash comparison per token.
function comrades(ctx: TextContext, hits: OfficialHit[]): void {
  const t = ctx.tokens;
  for (let i = 0; i < t.count - 2; i++) {
    const h = t.hash[i];
    if ((h !== DONG && h !== DC) || t.kind[i] !== WORD) continue;
    const cue = HONORIFICS.match(ctx, i);
    if (!cue || (tokenKey(ctx, i) !== 'đ/c' && tokenKey(ctx, i + 1) !== 'chí')) continue;
    const k = i + cue.len;
    const run = capRunEnd(ctx, k);
    const picked = run - k >= 2 ? pickName(ctx, k, run, 'strong') : null;
    if (picked && picked[0] === k) hits.push({ name: extendLowerGiven(ctx, picked), titles: [], ranks: [] });
  }
}

const CAC = hashKey('các');

// "các ông bà: A, B, C", "các đồng chí: A, B": people listed with no post of their own (one hash comparison per token).
function bareLists(ctx: TextContext, hits: OfficialHit[]): void {
  const t = ctx.tokens;
  let group = 0;
  for (let i = 0; i < t.count - 3; i++) {
    if (t.hash[i] !== CAC || t.kind[i] !== WORD || tokenKey(ctx, i) !== 'các' || !HONORIFICS.match(ctx, i + 1)) continue;
    const start = listOpenedAt(ctx, i);
    if (start < 0) continue;
    const names: Array<[number, number]> = [];
    namesInList(ctx, start, names);
    if (names.length < 2) continue;
    group++;
    for (const name of names) hits.push({ name, titles: [], ranks: [], group });
  }
}

// Signers named in a document card ("Người ký: …", one hash comparison per token) and in a signature block (only
// tokens opening a line are looked at).
function signers(ctx: TextContext, hits: OfficialHit[]): void {
  const t = ctx.tokens;
  for (let i = 1; i < t.count; i++) {
    if (t.flags[i]! & NL_BEFORE) {
      const block = signatureAt(ctx, i);
      if (block) hits.push({ name: block.name, titles: [block.title], ranks: [] });
    }
    if (t.hash[i] !== KY || t.kind[i] !== WORD) continue;
    const name = signerAt(ctx, i);
    if (name) hits.push({ name, titles: [], ranks: [] });
  }
}
