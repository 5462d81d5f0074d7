import { MILITARY_RANKS } from './ranks';
import { origText, punctAt, type TextContext } from './text-context';


/**
 * "ông A, Đại tá, Chỉ huy trưởng …": a rank set off by commas between the name and its title. Given the comma
 * before the title, returns the comma before the rank (where the name ends), or -1.
 */
export function rankBetween(ctx: TextContext, comma: number): number {
  for (let len = 3; len >= 1; len--) {
    const m = comma - len >= 0 ? MILITARY_RANKS.match(ctx, comma - len) : null;
    if (m && m.len === len && punctAt(ctx, comma - len - 1) === ',') return comma - len - 1;
  }
  return -1;
}

/** The rank written in ", Đại tá," right after a name ending at token nameEnd, or null. */
export function rankAfterName(ctx: TextContext, nameEnd: number): string | null {
  if (punctAt(ctx, nameEnd) !== ',') return null;
  const m = MILITARY_RANKS.match(ctx, nameEnd + 1);
  if (!m || punctAt(ctx, nameEnd + 1 + m.len) !== ',') return null;
  return origText(ctx, ctx.tokens.start[nameEnd + 1]!, ctx.tokens.end[nameEnd + m.len]!);
}
