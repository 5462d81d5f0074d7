import { foreignNameAt } from './foreign-name';
import { capRunEnd, pickName } from './name-run';
import { HONORIFICS } from './ranks';
import { STOP_WORDS } from './stop-words';
import { punctAt, tokenKey, type TextContext } from './text-context';
import { CAP, NL_BEFORE, WORD } from './tokenize';

// Names that close something after a title: the clause, a list, a table cell; and asides after listed names.


// "A (tại điểm cầu Bình Dương), B": a short aside in parentheses after a listed name; the token after it.
export function asideEnd(ctx: TextContext, k: number): number {
  if (punctAt(ctx, k) !== '(') return k;
  for (let j = k + 1; j < Math.min(ctx.tokens.count, k + 12); j++) {
    const p = punctAt(ctx, j);
    if (p === ')') return punctAt(ctx, j + 1) === ',' || tokenKey(ctx, j + 1) === 'và' ? j + 1 : k;
    if (p === '(' || p === ';' || p === '.') return k;
  }
  return k;
}

// From a comma: "B, C và D." — names with no honorific, rank or post of their own, the last after "và", closing the
// sentence or the line; null when the list is anything else.
export function bareListClosing(ctx: TextContext, k: number): Array<[number, number]> | null {
  const t = ctx.tokens;
  if (punctAt(ctx, k) !== ',') return null;
  const out: Array<[number, number]> = [];
  let j = k + 1;
  for (let n = 0; n < 8; n++) {
    const run = capRunEnd(ctx, j);
    const name = run - j >= 2 ? pickName(ctx, j, run, 'weak') : null;
    if (!name || name[0] !== j || name[1] !== run) return null;
    out.push(name);
    const p = punctAt(ctx, run);
    if (p === ',') { j = run + 1; continue; }
    if (tokenKey(ctx, run) === 'và' && t.kind[run] === WORD) {
      const last = nameClosingItem(ctx, run + 1);
      if (!last) return null;
      out.push(last);
      return out;
    }
    return null;
  }
  return null;
}

// A table cell holding only a name (maybe after an honorific), closed by a bar or the line's end; null otherwise.
export function nameCellAt(ctx: TextContext, k: number): [number, number] | null {
  const cue = k < ctx.tokens.count ? HONORIFICS.match(ctx, k) : null;
  const j = cue ? k + cue.len : k;
  const run = capRunEnd(ctx, j);
  if (run - j < 2 || run - j > 4) return null;
  const name = pickName(ctx, j, run, 'strong');
  if (!name || name[0] !== j || name[1] !== run) return null;
  return punctAt(ctx, run) === '|' || run >= ctx.tokens.count || (ctx.tokens.flags[run]! & NL_BEFORE) !== 0 ? name : null;
}

// A surname-led name right after the title's comma that closes the sentence or the line, or null.
export function nameClosingItem(ctx: TextContext, k: number): [number, number] | null {
  const t = ctx.tokens;
  const run = capRunEnd(ctx, k);
  if (run - k < 2) return null;
  const name = pickName(ctx, k, run, 'weak');
  if (!name || name[0] !== k || name[1] !== run) return null;
  const p = punctAt(ctx, run);
  if (run >= t.count || p === '.' || p === ';' || (t.flags[run]! & NL_BEFORE) !== 0) return name;
  // "Chủ tịch BCH TƯ Hội Nông dân VN, Nguyễn Quốc Cường đánh giá …": a full name right before the clause's verb.
  const verb = t.kind[run] === WORD && !(t.flags[run]! & CAP) && STOP_WORDS.match(ctx, run) && !NOT_VERBS.has(tokenKey(ctx, run));
  return verb && run - k >= 3 ? name : null;
}

// Stop words that are no verb: a name before them may go on with a list or a phrase of its own.
const NOT_VERBS = new Set(['và', 'của', 'các', 'những', 'với', 'tại', 'trong', 'từ', 'đến', 'cho', 'theo', 'về', 'trên', 'dưới', 'sau',
  'trước', 'hay', 'hoặc', 'như', 'người', 'ông', 'bà', 'anh', 'chị', 'đồng', 'nhưng', 'còn', 'vì', 'do', 'bởi', 'nếu', 'nên', 'rồi', 'song',
  'cũng', 'đều', 'hơn', 'này', 'đó', 'nay', 'hiện', 'ngày', 'sáng', 'chiều', 'tối', 'trưa', 'hôm', 'khi', 'thì', 'mà', 'vào', 'ra', 'lên',
  'xuống', 'qua', 'tới', 'lại', 'cùng']);

/**
 * "Chủ tịch Hội đồng An ninh Quốc gia Ukraine, Aleksey Danilov, có bình luận …": a foreign name (words no Vietnamese
 * syllable spells) between the title's comma and another comma or the sentence's end. Its range, or null.
 */
export function foreignClosingItem(ctx: TextContext, k: number): [number, number] | null {
  const name = foreignNameAt(ctx, k, true);
  if (!name || name[0] !== k) return null;
  const p = punctAt(ctx, name[1]);
  return p === ',' || p === '.' || p === ';' || name[1] >= ctx.tokens.count ? name : null;
}
