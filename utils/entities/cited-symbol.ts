import { DOC_TYPES } from './doc-types';
import { parseSymbol } from './parse-symbol';
import { tokenKey, type TextContext } from './text-context';
import { NUM, WORD } from './tokenize';

// How many tokens a type word may take ("Thông tư liên tịch").
const MAX_TYPE_WORDS = 4;

function typeWordEndsAt(ctx: TextContext, k: number): boolean {
  for (let len = 1; len <= MAX_TYPE_WORDS && k - len >= 0; len++) {
    const m = DOC_TYPES.match(ctx, k - len);
    if (m && m.len === len) return true;
  }
  return false;
}

/**
 * "Trưởng Ban Chỉ đạo Chương trình số 04-CTr/TU Nguyễn Thị A": a document cited inside a title by its type word and
 * full symbol (never a bare number). Returns the token just after the symbol, where the title goes on; 0 if none.
 */
export function citedSymbolEnd(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  if (k >= t.count || !typeWordEndsAt(ctx, k)) return 0;
  let n = k;
  if (t.kind[n] === WORD && tokenKey(ctx, n) === 'số') n++;
  if (n >= t.count || t.kind[n] !== NUM) return 0;
  const sym = parseSymbol(ctx.text, ctx.lower, t.start[n]!);
  if (!sym || !sym.symbol || (sym.kind !== 'state' && sym.kind !== 'party')) return 0;
  // A symbol is a handful of tokens; the bound keeps the walk constant.
  for (let j = n + 1; j < Math.min(t.count, n + 16); j++) if (t.start[j]! >= sym.end) return j;
  return sym.end >= t.end[t.count - 1]! ? t.count : 0;
}
