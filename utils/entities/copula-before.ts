import { tokenKey, type TextContext } from './text-context';
import { WORD } from './tokenize';

// Verbs that give a person a post ("là", "giữ chức (vụ)", "làm"), read backwards from the title's head.
const VERBS: ReadonlyArray<readonly string[]> = [['là'], ['làm'], ['chức', 'giữ'], ['vụ', 'chức', 'giữ']];
// Time and manner words before the verb (or alone): "hiện (nay)", "khi/lúc đó", "thời điểm ấy", "từng", "đang", "đều".
const ADVERBS: ReadonlyArray<readonly string[]> = [
  ['hiện'], ['nay', 'hiện'], ['nay'], ['đang'], ['từng'], ['nguyên'], ['cũng'], ['cùng'], ['đều'], ['vốn'],
  ['đó', 'khi'], ['đó', 'lúc'], ['ấy', 'khi'], ['ấy', 'lúc'], ['đó', 'điểm', 'thời'], ['ấy', 'điểm', 'thời'],
  ['giờ', 'bấy', 'lúc'], ['đây', 'trước'], ['đó', 'trước'],
];

function wordsEndAt(ctx: TextContext, end: number, backwards: readonly string[]): boolean {
  for (let n = 0; n < backwards.length; n++) {
    const k = end - n;
    if (k < 0 || ctx.tokens.kind[k] !== WORD || tokenKey(ctx, k) !== backwards[n]) return false;
  }
  return true;
}

function longestEndingAt(ctx: TextContext, end: number, phrases: ReadonlyArray<readonly string[]>): number {
  let best = 0;
  for (const p of phrases) if (p.length > best && wordsEndAt(ctx, end, p)) best = p.length;
  return best;
}

/**
 * "ông A, hiện là Phó Giám đốc Sở …", "A - khi đó giữ chức …", "(thời điểm đó là …)": where the words that give the
 * person the post, between the separator after a name and the title's head, begin; `head` when there are none.
 */
export function copulaStart(ctx: TextContext, head: number): number {
  let k = head - 1;
  const verb = longestEndingAt(ctx, k, VERBS);
  k -= verb;
  for (let n = 0; n < 2; n++) {
    const len = longestEndingAt(ctx, k, ADVERBS);
    if (!len) break;
    // ("A, cùng Phó Tổng thư ký B": "together with" another post's holder; "cùng là" gives the post.)
    if (!verb && len === 1 && tokenKey(ctx, k) === 'cùng') break;
    k -= len;
  }
  return k + 1;
}
