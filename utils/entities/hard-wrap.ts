import { HONORIFICS } from './ranks';
import { tokenKey, type TextContext } from './text-context';
import { CAP, NL_BEFORE, NUM, PARA_BEFORE, WORD } from './tokenize';

// Words that open a news lead with its time ("Ngày 12/12, …", "Sáng nay, …"): a new paragraph, never a wrapped line.
const LEAD_TIMES = new Set(['ngày', 'sáng', 'chiều', 'tối', 'trưa', 'đêm']);

// A line this long that stops between two words is a PDF or e-mail hard wrap, not a headline or a caption.
const WRAP_WIDTH = 70;

/** True when the single line break before token j wraps a long line mid-clause (the two words belong together). */
export function hardWrapAt(ctx: TextContext, j: number): boolean {
  const t = ctx.tokens;
  if (j <= 0 || j >= t.count || !(t.flags[j]! & NL_BEFORE) || t.flags[j]! & PARA_BEFORE || t.kind[j - 1] !== WORD) return false;
  if (t.flags[j]! & CAP && LEAD_TIMES.has(tokenKey(ctx, j)) && (t.kind[j + 1] === NUM || tokenKey(ctx, j + 1) === 'nay')) return false;
  // "… tại Đà Nẵng\nÔng Ngô Tiến Hùng - …": a capitalised honorific opens a list item or a sentence.
  if (t.flags[j]! & CAP && HONORIFICS.match(ctx, j)) return false;
  // Only the last WRAP_WIDTH characters are looked at: constant work per line break.
  const end = t.end[j - 1]!;
  for (let c = end - 1; c >= end - WRAP_WIDTH; c--) {
    if (c < 0) return false;
    const ch = ctx.text.charCodeAt(c);
    if (ch === 10 || ch === 13) return false;
  }
  return true;
}
