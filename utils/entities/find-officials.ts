import { rankAfterName } from './rank-after-name';
import { careerTitles } from './career-titles';
import { predecessors } from './predecessors';
import { namesListedBefore, pairBeforeParenPost, pairBeforeSharedPost, sharedPostBetween } from './shared-post';
import { pronounAppointments } from './pronoun-appointment';
import { formerPostsInSentence, isFormerPost } from './former-posts';
import { appointedAt, appointedHeadAt, appointeesBefore, laterPosts } from './appointees-before';
import { holdersAfter, listNames } from './holders-after';
import { capRunEnd, extendLowerGiven, pickName } from './name-run';
import { parseTitleChain, startTitle, type TitleChain } from './parse-title-chain';
import { foreignNameAt } from './foreign-name';
import { presidentHoAt } from './president-ho';
import { nameBefore } from './name-before';
import { titleTexts } from './title-texts';
import { schoolHeadEnd } from './school-head';
import { organBeforeHead } from './organ-before-head';
import { untitledOfficials } from './untitled-officials';
import { comradeHolds, comradesGiven, vouchedTitle } from './vouched-title';
import { SKIPPED_MODIFIERS, TITLE_HEADS, TITLE_MODIFIERS } from './title-heads';
import { firstBits } from './phrase-lexicon';
import { MILITARY_RANKS } from './ranks';
import { ranksBefore } from './ranks-before';
import { origText, punctAt, tokenKey, wordAt, type TextContext } from './text-context';
import { CAP, WORD } from './tokenize';

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


// "chức vụ:", "các chức vụ", "chức danh": the words right before a title that name it as a post.
function postListBefore(ctx: TextContext, from: number): boolean {
  let k = from - 1;
  if (punctAt(ctx, k) === ':' || punctAt(ctx, k) === ',' || punctAt(ctx, k) === ';') k--;
  const key = wordAt(ctx, k);
  return (key === 'vụ' || key === 'danh') && tokenKey(ctx, k - 1) === 'chức';
}

const GENERIC_HEADS = new Set(['cán bộ', 'công chức', 'thành viên', 'trợ lý', 'thư ký', 'cố vấn']);

// "…, Chủ tịch Nguyễn Văn A cho biết": a bare ambiguous head before a full name adds its title to an official the
// text names with a public post (checked once all hits are known); alone it proves nothing (a company's chairman).
function bareHeadHolder(ctx: TextContext, chain: TitleChain, hits: OfficialHit[]): boolean {
  const only = chain.titles[0]!;
  if (!chain.name || chain.titles.length !== 1 || startTitle(ctx, only.from)!.headEnd !== only.to) return false;
  // "cho cán bộ, Thiếu tướng A": some bare heads in lower case are common nouns ("cadres"), no post of the name after.
  if (!(ctx.tokens.flags[only.from]! & CAP) && GENERIC_HEADS.has(tokenKey(ctx, only.from) + ' ' + tokenKey(ctx, only.from + 1))) return false;
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
  let comradeItemEnd = -1; // end of the last "đồng chí A - <post>" item whose post only the comrade vouched for
  const former: OfficialHit[] = []; // former posts with no organ, kept when their sentence names an official
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
        if (punctAt(ctx, i) === ',' || tokenKey(ctx, i) === 'và') {
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
      if (chain.titles.some((s) => s.isPublic) || comradesGiven(ctx, appointees[0]!, chain) || organBeforeHead(ctx, chain, true)) {
        const titles = titleTexts(ctx, chain);
        for (const post of laterPosts(ctx, chain.end)) titles.push(...titleTexts(ctx, post));
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
      const past = chain.end + (punctAt(ctx, chain.end) === ',' ? 1 : 0);
      const appointed = !isPublic && !r.military && appointedAt(ctx, past);
      // "đồng chí A- Viện trưởng, B-phó Viện trưởng, C-phó Viện trưởng": the comrade opens a list of items.
      const comrade = comradeHolds(ctx, left, chain) || (comradeItemEnd === left[0] - 1 && punctAt(ctx, comradeItemEnd) === ',');
      if (!isPublic && comrade) comradeItemEnd = chain.end;
      // "Trường THCS X … thầy A - Hiệu trưởng nhà trường": the head of the public school the text is about.
      const school = isPublic ? -1 : schoolHeadEnd(ctx, chain);
      if (school > 0) chain.titles[0]!.to = chain.end = school;
      if (isPublic || r.military || appointed || comrade || school > 0) {
        const titles = titleTexts(ctx, chain);
        // "ông A, Phó Giám đốc Sở X (được bổ nhiệm) giữ chức Giám đốc Sở Y": the new post is the person's too.
        const head = appointedHeadAt(ctx, past);
        const next = head >= 0 ? parseTitleChain(ctx, head, 'name-first')! : null;
        // The person holds a public post already: the role given here counts whatever it is ("… làm Trưởng đoàn").
        if (next) {
          titles.push(...titleTexts(ctx, next));
          for (const post of laterPosts(ctx, next.end)) titles.push(...titleTexts(ctx, post));
        }
        hits.push({ name: left, titles, ranks: r.ranks });
        // "A, B và C, cùng là Phó Giám đốc Sở Y tế", "A, B, C (đều là cán bộ …)": the post is each one's.
        if (isPublic && sharedPostBetween(ctx, left[1], i)) for (const n of namesListedBefore(ctx, left)) hits.push({ name: n, titles, ranks: [] });
        else if (isPublic && chain.titles.length === 1) {
          const pair = pairBeforeParenPost(ctx, left, i) ?? pairBeforeSharedPost(ctx, left, i);
          if (pair) hits.push({ name: pair, titles, ranks: [] });
        }
      }
      else {
        // "thăm bà Lê Thị A, Chủ tịch Nguyễn Văn B cho biết": the bare title belongs to the name after it.
        const own = parseTitleChain(ctx, i, 'title-first')!;
        if (bareHeadHolder(ctx, own, hits)) chain = own;
        else if (isFormerPost(ctx, chain, left)) former.push({ name: left, titles: titleTexts(ctx, chain), ranks: r.ranks });
      }
    } else {
      // "(ông từng đảm nhận) các chức vụ: Phó Chủ tịch UBND huyện Trần Văn Thời, …": a post named as such names
      // no holder after it (a district may bear a person's name).
      if (chain.name && postListBefore(ctx, chain.titles[0]!.from)) chain.name = null;
      const vouched = isPublic || vouchedTitle(ctx, chain);
      if (!vouched) bareHeadHolder(ctx, chain, hits);
      const h = holdersAfter(ctx, chain, vouched);
      const titles = h.keepTitles ? titleTexts(ctx, chain) : [];
      // "Tổng Bí thư A làm Trưởng Ban Chỉ đạo": the role given to the one holder right after the name.
      const given = vouched && h.names.length === 1 ? appointedHeadAt(ctx, h.names[0]![1]) : -1;
      if (given >= 0) titles.push(...titleTexts(ctx, parseTitleChain(ctx, given, 'name-first')!));
      for (const n of h.names) {
        const unsure = chain.nameUnsure === true && n[0] === chain.name![0];
        hits.push({ name: n, titles, ranks: ranksBefore(ctx, n[0]).ranks, ...(unsure ? { ifKnown: true } : {}) });
      }
      if (h.names.length) closedAt = h.names[h.names.length - 1]![1];
      // "Chủ tịch Hội … Nguyễn Văn A, Phó Chủ nhiệm … B": a name closing even a title that proves nothing (no public
      // organ) was that title's holder; the next title, with a holder of its own, is not A's.
      else if (chain.name) closedAt = chain.name[1];
      chain.end = Math.max(chain.end, h.end);
      // "cho cán bộ, Thiếu tướng A chúc mừng": a title that proves nothing gives its holder up to the scan, which may
      // find them public on its own (a rank, a title of their own).
      if (!vouched && !h.names.length && chain.name) chain.end = chain.titles[chain.titles.length - 1]!.to;
    }
    i = Math.max(chain.end, i + 1);
  }
  formerPostsInSentence(ctx, former, hits);
  untitledOfficials(ctx, hits);
  careerTitles(ctx, hits);
  pronounAppointments(ctx, hits);
  predecessors(ctx, hits);
  return hits;
}
