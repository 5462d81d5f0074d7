import { punctAt, tokenKey, type TextContext } from './text-context';
import { NUM } from './tokenize';

// Words that open a personal aside: birth year, age, home town, residence, ethnicity.
// A photo caption's place in the picture: "(bìa trái)", "(thứ hai từ phải)", "(đứng giữa)", "(áo trắng)".
const ASIDE_OPENERS = new Set(['sinh', 'sn', 'ns', 'quê', 'trú', 'ngụ', 'thường', 'tạm', 'dân', 'năm', 'tức',
  'bìa', 'thứ', 'giữa', 'trái', 'phải', 'đứng', 'ngồi', 'ngoài', 'áo', 'hàng']);
// An aside longer than this is no aside about the person.
const MAX_ASIDE_TOKENS = 24; // "(SN 1962, trú tại thị trấn Tân Phong, huyện Quảng Xương)"


/**
 * "ông A (sinh năm 1976), Chánh Văn phòng …", "(SN 1970)", "(quê Nghệ An)", "(45 tuổi)": a parenthesised aside about
 * the person between the name and the comma before the title. Returns the index of its "(" or -1.
 */
export function asideBefore(ctx: TextContext, comma: number): number {
  if (punctAt(ctx, comma - 1) !== ')') return -1;
  for (let k = comma - 2; k >= Math.max(0, comma - 2 - MAX_ASIDE_TOKENS); k--) {
    const p = punctAt(ctx, k);
    if (p === ')' || p === ';') return -1;
    if (p !== '(') continue;
    const first = k + 1;
    if (first >= comma - 1) return -1;
    return ctx.tokens.kind[first] === NUM || ASIDE_OPENERS.has(tokenKey(ctx, first)) ? k : -1;
  }
  return -1;
}

/**
 * "Phan Văn A (sinh năm 1955, trú tại quận Tây Hồ, TP Hà Nội, nguyên Phó Tổng cục trưởng …)": a post written inside the
 * parentheses after the personal aside; from the comma before the post, the index of that "(" or -1.
 */
export function asideOpenedBefore(ctx: TextContext, comma: number): number {
  for (let k = comma - 1; k >= Math.max(0, comma - 1 - 3 * MAX_ASIDE_TOKENS); k--) {
    const p = punctAt(ctx, k);
    if (p === ')' || p === ';' || p === '.') return -1;
    if (p !== '(') continue;
    const first = k + 1;
    return first < comma && (ctx.tokens.kind[first] === NUM || ASIDE_OPENERS.has(tokenKey(ctx, first))) ? k : -1;
  }
  return -1;
}
