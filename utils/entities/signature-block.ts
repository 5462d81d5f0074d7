import { capRunEnd, pickName } from './name-run';
import { PUBLIC_MARKERS } from './org-words';
import { TITLE_HEADS } from './title-heads';
import { origText, type TextContext } from './text-context';
import { ALLCAPS, CAP, NL_BEFORE, WORD } from './tokenize';

/** A signer at the foot of a State or Party document: name token range and the post written above it. */
export interface SignatureHit {
  name: [number, number];
  title: string;
}

// How far above the post line a public organ may stand ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
const ORGAN_LOOKBACK = 16;
// Words of an organ after the post on its line ("CHỦ TỊCH UBND TỈNH", "TỔNG KIỂM TOÁN NHÀ NƯỚC").
const MAX_ORGAN_WORDS = 5;

function lineStart(ctx: TextContext, k: number): number {
  while (k > 0 && !(ctx.tokens.flags[k]! & NL_BEFORE)) k--;
  return k;
}

/**
 * The signature block of a document: a line that is only a post in capitals ("PHÓ CHỦ TỊCH", "BỘ TRƯỞNG"), then,
 * after blank lines, a line that is only a name. A post that companies have too (CHỦ TỊCH, GIÁM ĐỐC) counts only
 * under a public organ ("TM. ỦY BAN NHÂN DÂN").
 */
export function signatureAt(ctx: TextContext, k: number): SignatureHit | null {
  const t = ctx.tokens;
  if (k < 2 || t.kind[k] !== WORD || !(t.flags[k]! & NL_BEFORE) || !(t.flags[k]! & CAP) || t.flags[k]! & ALLCAPS) return null;
  const run = capRunEnd(ctx, k);
  if (run - k < 2 || run - k > 4 || (run < t.count && !(t.flags[run]! & NL_BEFORE))) return null;
  const name = pickName(ctx, k, run, 'weak');
  if (!name || name[0] !== k || name[1] !== run) return null;
  const from = lineStart(ctx, k - 1);
  if (!(t.flags[from]! & ALLCAPS)) return null;
  const head = TITLE_HEADS.match(ctx, from);
  // "TỔNG KIỂM TOÁN NHÀ NƯỚC": the post may name its organ on the same line.
  if (!head || from + head.len > k || k - from - head.len > MAX_ORGAN_WORDS) return null;
  for (let j = from; j < k; j++) if (!(t.flags[j]! & ALLCAPS) || t.kind[j] !== WORD) return null;
  if (head.value.needsPublic) {
    let found = false;
    for (let j = Math.max(0, from - ORGAN_LOOKBACK); j < k && !found; j++) found = PUBLIC_MARKERS.match(ctx, j) !== null;
    if (!found) return null;
  }
  return { name, title: origText(ctx, t.start[from]!, t.end[k - 1]!) };
}

// A signature flattened onto one line by a scraper: "… KT CHỦ TỊCH PHÓ CHỦ TỊCH Lưu Văn Bản" at the end of a line.
const INLINE_LOOKBACK = 40;

/** The same block written on one line: the post in capitals right before a name that ends the line; k is the name's first token. */
export function inlineSignatureAt(ctx: TextContext, k: number): SignatureHit | null {
  const t = ctx.tokens;
  if (k < 2 || t.kind[k] !== WORD || !(t.flags[k]! & CAP) || t.flags[k]! & ALLCAPS || t.flags[k]! & NL_BEFORE || !(t.flags[k - 1]! & ALLCAPS)) return null;
  const run = capRunEnd(ctx, k);
  if (run - k < 2 || run - k > 4 || (run < t.count && !(t.flags[run]! & NL_BEFORE))) return null;
  const name = pickName(ctx, k, run, 'weak');
  if (!name || name[0] !== k || name[1] !== run) return null;
  for (let len = 4; len >= 1; len--) {
    const from = k - len;
    if (from < 0) continue;
    const head = TITLE_HEADS.match(ctx, from);
    if (!head || head.len !== len) continue;
    let caps = true;
    for (let j = from; j < k && caps; j++) caps = (t.flags[j]! & ALLCAPS) !== 0 && t.kind[j] === WORD;
    if (!caps) continue;
    if (head.value.needsPublic) {
      let found = false;
      for (let j = Math.max(0, from - INLINE_LOOKBACK); j < from && !found; j++) found = PUBLIC_MARKERS.match(ctx, j) !== null;
      if (!found) return null;
    }
    return { name, title: origText(ctx, t.start[from]!, t.end[k - 1]!) };
  }
  return null;
}
