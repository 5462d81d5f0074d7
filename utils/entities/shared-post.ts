import { capRunStart, pickName } from './name-run';
import { HONORIFICS } from './ranks';
import { punctAt, tokenKey, wordAt, type TextContext } from './text-context';
import { WORD } from './tokenize';

// After "cùng", the words that make it "both hold" ("cùng là", "cùng giữ chức"), not "together with" ("A, cùng Phó
// Tổng thư ký B").
const SHARED_AFTER_CUNG = new Set(['là', 'giữ', 'làm', 'đảm', 'được', 'nguyên', 'cựu']);

/** True when "cùng" or "đều" ("both", "all") stands between the name ending at `nameEnd` and the post at `head`. */
export function sharedPostBetween(ctx: TextContext, nameEnd: number, head: number): boolean {
  for (let k = nameEnd; k < head && k < nameEnd + 5; k++) {
    const key = wordAt(ctx, k);
    if (key === 'đều' || (key === 'cùng' && SHARED_AFTER_CUNG.has(wordAt(ctx, k + 1)))) return true;
  }
  return false;
}

// Where an honorific of one or two words right before token k starts ("ông", "đồng chí"), or -1.
function honorificBefore(ctx: TextContext, k: number): number {
  if (k >= 1 && HONORIFICS.match(ctx, k - 1)?.len === 1) return k - 1;
  if (k >= 2 && HONORIFICS.match(ctx, k - 2)?.len === 2) return k - 2;
  return -1;
}

/**
 * "A, B và ông C, cùng là Phó Giám đốc …", "A, B, C (đều là cán bộ …)": the names listed before the one the post
 * follows, each separated by "," or "và" (an honorific may open each); nearest first.
 */
export function namesListedBefore(ctx: TextContext, first: [number, number]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let k = first[0] - 1;
  for (let n = 0; n < 8; n++) {
    const cue = honorificBefore(ctx, k + 1);
    if (cue >= 0) k = cue - 1;
    if (punctAt(ctx, k) !== ',' && !(ctx.tokens.kind[k] === WORD && tokenKey(ctx, k) === 'và')) break;
    let end = k - 1;
    // "Nguyễn Hồng Viễn (53 tuổi), Vũ Minh Thao (61 tuổi, cùng là …)": an aside after each name.
    if (punctAt(ctx, end) === ')') {
      let open = end - 1;
      while (open > end - 10 && open > 0 && punctAt(ctx, open) !== '(' && punctAt(ctx, open) !== ')') open--;
      if (punctAt(ctx, open) !== '(') break;
      end = open - 1;
    }
    const start = capRunStart(ctx, end);
    if (start > end - 1) break;
    const name = pickName(ctx, start, end + 1, 'strong');
    if (!name || name[1] !== end + 1) break;
    out.push(name);
    k = name[0] - 1;
  }
  return out;
}

/**
 * "…; A và B (cựu Giám đốc Sở …); …": a list item naming two people before one post in parentheses; both held it
 * (as defendants' and appointees' lists write it). The other name, or null.
 */
export function pairBeforeParenPost(ctx: TextContext, left: [number, number], head: number): [number, number] | null {
  if (punctAt(ctx, left[1]) !== '(' || head > left[1] + 2) return null;
  const before = namesListedBefore(ctx, left);
  if (before.length === 0) return null;
  const other = before[0]!;
  let k = other[0] - 1;
  const cue = k >= 1 ? HONORIFICS.match(ctx, k) : null;
  if (cue && cue.len === 1) k--;
  const between = tokenKey(ctx, left[0] - 1) === 'và' || tokenKey(ctx, left[0] - 2) === 'và';
  const p = punctAt(ctx, k);
  return between && (p === ':' || p === ';') ? other : null;
}

// Posts that several people hold at once: a deputy ("phó …"), a member, a delegate, a judge (their two words).
const SHARED_HEADS = new Map([['ủy', 'viên'], ['đại', 'biểu'], ['thành', 'viên'], ['thẩm', 'phán'], ['hội', 'thẩm'], ['kiểm', 'sát'], ['điều', 'tra'], ['thanh', 'tra']]);

/**
 * "ông A và ông B, đại biểu HĐND huyện, tiếp xúc cử tri": two people, each with an honorific, joined by "và" before
 * a post several people hold at once (a deputy's, a member's, a delegate's: never a head's, which one person holds);
 * both hold it. The first name, or null.
 */
export function pairBeforeSharedPost(ctx: TextContext, left: [number, number], head: number): [number, number] | null {
  const first = wordAt(ctx, head);
  if (head !== left[1] + 1 || punctAt(ctx, left[1]) !== ',') return null;
  if (first !== 'phó' && SHARED_HEADS.get(first) !== wordAt(ctx, head + 1)) return null;
  const hon = honorificBefore(ctx, left[0]);
  if (hon < 1 || wordAt(ctx, hon - 1) !== 'và') return null;
  const other = namesListedBefore(ctx, left)[0];
  if (!other || other[1] !== hon - 1) return null;
  // Not the last two of a longer list ("ông C, ông A và ông B, …"): who else shares the post is unclear.
  return honorificBefore(ctx, other[0]) >= 0 && namesListedBefore(ctx, other).length === 0 ? other : null;
}
