import { ACADEMIC_PIECES, MILITARY_RANKS } from './ranks';
import { origText, punctAt, tokenKey, type TextContext } from './text-context';
import { WORD } from './tokenize';

/** Ranks and academic prefixes written just before a name, outermost first. */
export interface RanksBefore {
  /** First token of the prefixes (the name's own start when there are none). */
  from: number;
  ranks: string[];
  military: boolean;
}

function isAcademic(ctx: TextContext, i: number): boolean {
  if (i < 0 || ctx.tokens.kind[i] !== WORD) return false;
  const key = tokenKey(ctx, i);
  // Most tokens have no '.': one look-up, no array (this runs several times per name).
  if (key.indexOf('.') < 0) return ACADEMIC_PIECES.has(key);
  return key.split('.').every((p) => ACADEMIC_PIECES.has(p));
}


/** Reads "Đại tướng", "GS.TS", "PGS. TS.", "GS-TS" backwards from the token before `nameStart`. */
export function ranksBefore(ctx: TextContext, nameStart: number): RanksBefore {
  const ranks: string[] = [];
  let k = nameStart;
  let a = k - 1;
  if (punctAt(ctx, a) === '.' && isAcademic(ctx, a - 1)) a--;
  let found = false;
  while (a >= 0) {
    if (isAcademic(ctx, a)) { found = true; a--; }
    else if ((punctAt(ctx, a) === '.' || punctAt(ctx, a) === '-') && isAcademic(ctx, a - 1)) a--;
    else break;
  }
  if (found) {
    ranks.push(origText(ctx, ctx.tokens.start[a + 1]!, ctx.tokens.end[k - 1]!).replace(/\.$/, ''));
    k = a + 1;
    if (punctAt(ctx, k - 1) === ',') k--; // "Thiếu tướng, PGS.TS Nguyễn Văn A"
  }
  let military = false;
  // Longest first: "Chuẩn đô đốc" also ends with "đô đốc".
  for (let len = 3; len >= 1; len--) {
    const m = MILITARY_RANKS.match(ctx, k - len);
    if (m && m.len === len) {
      military = true;
      ranks.unshift(origText(ctx, ctx.tokens.start[k - len]!, ctx.tokens.end[k - 1]!));
      k -= len;
      break;
    }
  }
  if (!military && found && k < nameStart && punctAt(ctx, k) === ',') k++;
  return { from: k, ranks, military };
}
