import { DOC_TYPES } from './doc-types';
import { parseDate } from './parse-date';
import { punctAt, tokenKey, type TextContext } from './text-context';
import { NUM, PARA_BEFORE, WORD } from './tokenize';

// How far (tokens) a date may sit after the citation it dates: one clause, not a paragraph.
// Dates BEFORE a citation ("Ngày 14-11-2016, … ban hành <it>") date the event, not the document (domain-vi.md).
const AFTER_WINDOW = 30;


function isWord(ctx: TextContext, k: number, w: string): boolean {
  return k >= 0 && k < ctx.tokens.count && ctx.tokens.kind[k] === WORD && tokenKey(ctx, k) === w;
}

// A sentence or list item ends here: a date on the far side belongs to something else.
function isBreak(ctx: TextContext, k: number): boolean {
  const p = punctAt(ctx, k);
  return p === '.' || p === ';' || p === '!' || p === '?' || p === ':' || p === '|' || p === '\u201c' || p === '"';
}

// Start token of the issuing verb ending at k: "ban hành", "ký", "ký ban hành", "đã ban hành"; -1 if none.
function issuingVerbEndingAt(ctx: TextContext, k: number): number {
  let v = -1;
  if (isWord(ctx, k, 'hành') && isWord(ctx, k - 1, 'ban')) v = isWord(ctx, k - 2, 'ký') ? k - 2 : k - 1;
  else if (isWord(ctx, k, 'ký') || isWord(ctx, k, 'ra')) v = k;
  if (v < 0) return -1;
  return isWord(ctx, v - 1, 'đã') || isWord(ctx, v - 1, 'vừa') || isWord(ctx, v - 1, 'mới') ? v - 1 : v;
}

// ISO date of "ngày <date>" whose "ngày" is token k; null when there is none or its year is missing.
function dateAt(ctx: TextContext, k: number): string | null {
  if (!isWord(ctx, k, 'ngày') || k + 1 >= ctx.tokens.count || ctx.tokens.kind[k + 1] !== NUM) return null;
  return parseDate(ctx.lower, ctx.tokens.start[k + 1]!)?.iso ?? null;
}

/**
 * The date given later in the citation's own clause: "<citation> về việc … do UBND tỉnh ban hành ngày 10/11/2025".
 * Only "ban hành/ký (vào) ngày" counts, and the clause must not name another document or its coming into force.
 */
export function dateLaterInClause(ctx: TextContext, endTok: number): string | null {
  const t = ctx.tokens;
  const limit = Math.min(t.count, endTok + AFTER_WINDOW);
  for (let k = endTok; k < limit; k++) {
    if (isBreak(ctx, k) || (k > endTok && t.flags[k]! & PARA_BEFORE)) return null;
    if (t.kind[k] !== WORD) continue;
    if (DOC_TYPES.match(ctx, k) || (tokenKey(ctx, k) === 'hiệu' && isWord(ctx, k + 1, 'lực'))) return null;
    const key = tokenKey(ctx, k);
    if (key !== 'ngày') continue;
    let v = k - 1;
    if (isWord(ctx, v, 'vào')) v--;
    return issuingVerbEndingAt(ctx, v) >= 0 ? dateAt(ctx, k) : null;
  }
  return null;
}
