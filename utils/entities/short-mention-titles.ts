import { parseTitleChain, startTitle } from './parse-title-chain';
import { punctAt, tokenKey, type TextContext } from './text-context';
import { titleTexts } from './title-texts';
import { CAP, WORD } from './tokenize';

// Words that give the post after a short mention: "là", "hiện là", "đang là", "nay là", "đang làm", "giữ chức (vụ)".
function copulaEnd(ctx: TextContext, k: number): number {
  const w = (j: number) => (ctx.tokens.kind[j] === WORD ? tokenKey(ctx, j) : '');
  if (w(k) === 'hiện' || w(k) === 'đang' || w(k) === 'nay') k++;
  if (w(k) === 'đang') k++; // "hiện đang là"
  if (w(k) === 'là' || w(k) === 'làm') return k + 1; // "ông Dũng đang làm chủ tịch UBND xã …"
  if (w(k) === 'giữ' && w(k + 1) === 'chức') return w(k + 2) === 'vụ' || w(k + 2) === 'danh' ? k + 3 : k + 2;
  return -1;
}

/**
 * "… ông Việt là Tư lệnh Bộ đội Biên phòng", "2 ông Chiêm và Trường hiện là Phó Tổng Tham mưu trưởng …": the public
 * posts a later short mention of a known official (its tokens [from, to)) is given right after it, with "là" or
 * "giữ chức"; a short mention joined by "và" to the next one that is given a post shares it. Titles, or none.
 */
export function shortMentionTitles(ctx: TextContext, to: number, next: { from: number; to: number } | undefined): string[] {
  let k = to;
  // "ông Chiêm và Trường hiện là …": the pair's second mention carries the copula.
  if (next && tokenKey(ctx, k) === 'và' && next.from === k + 1) k = next.to;
  else if (tokenKey(ctx, k) === 'và' && ctx.tokens.kind[k + 1] === WORD && ctx.tokens.flags[k + 1]! & CAP && copulaEnd(ctx, k + 2) > 0) k += 2;
  const at = copulaEnd(ctx, k);
  if (at < 0 || !startTitle(ctx, at)) return [];
  const chain = parseTitleChain(ctx, at, 'name-first');
  if (!chain || !chain.titles.every((s) => s.isPublic)) return [];
  const p = punctAt(ctx, chain.end);
  // The post closes its clause: a punctuation mark or "và" with the next item.
  if (chain.end < ctx.tokens.count && p === '' && tokenKey(ctx, chain.end) !== 'và') return [];
  return titleTexts(ctx, chain);
}
