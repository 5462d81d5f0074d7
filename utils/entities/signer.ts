import { capRunEnd, pickName } from './name-run';
import { tokenKey, type TextContext } from './text-context';
import { NL_BEFORE, PUNCT, WORD } from './tokenize';

/**
 * "Người ký: Nguyễn Văn A" in a legal-text site's document card: the signer of a State or Party document, an
 * official. `i` is the token "ký"; returns the name's token range or null. The card often runs its next label on
 * the same line ("Người ký : A Nơi ban hành : …"), so a longer capitalised run keeps its first three words.
 */
export function signerAt(ctx: TextContext, i: number): [number, number] | null {
  const t = ctx.tokens;
  if (i < 1 || tokenKey(ctx, i) !== 'ký' || tokenKey(ctx, i - 1) !== 'người') return null;
  let k = i + 1;
  if (k < t.count && t.kind[k] === PUNCT && (ctx.text[t.start[k]!] === ':' || ctx.text[t.start[k]!] === '|')) k++; // "Người ký | A |" in a table
  if (k >= t.count || t.kind[k] !== WORD) return null;
  const run = capRunEnd(ctx, k);
  const closed = run >= t.count || t.kind[run] !== WORD || (t.flags[run]! & NL_BEFORE) !== 0;
  const len = run - k <= 4 && closed ? run - k : Math.min(3, run - k);
  if (len < 2) return null;
  const name = pickName(ctx, k, k + len, 'weak');
  return name && name[0] === k && name[1] === k + len ? name : null;
}
