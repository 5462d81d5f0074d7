import { isCountedTitle } from './list-after-title';
import { PRIVATE_MARKERS } from './org-words';
import { phraseSet } from './phrase-lexicon';
import type { TitleChain } from './title-chain-types';
import { punctAt, tokenKey, type TextContext } from './text-context';
import { WORD } from './tokenize';

// A bare head and the organs it heads: "Ủy ban Kiểm tra Trung ương đã họp dưới sự chủ trì của Chủ nhiệm A".
const HEADS_OF: ReadonlyArray<[string[], ReturnType<typeof phraseSet>]> = [
  [['chủ nhiệm', 'phó chủ nhiệm'], phraseSet(['ủy ban', 'ubkt', 'ubkttw', 'ubkttư'])],
  [['chủ tịch', 'phó chủ tịch'], phraseSet(['ubnd', 'hđnd', 'ủy ban nhân dân', 'hội đồng nhân dân', 'ủy ban mttq', 'ubmttq', 'ủy ban mặt trận tổ quốc'])],
  [['bộ trưởng', 'thứ trưởng'], phraseSet(['bộ'])],
  [['giám đốc', 'phó giám đốc'], phraseSet(['sở'])],
  [['chánh án', 'phó chánh án'], phraseSet(['tòa án', 'tand'])],
  [['viện trưởng', 'phó viện trưởng'], phraseSet(['viện kiểm sát', 'vksnd'])],
];

function headWords(ctx: TextContext, from: number, to: number): string {
  const words: string[] = [];
  for (let k = from; k < to; k++) words.push(tokenKey(ctx, k));
  return words.join(' ');
}

/**
 * "Ủy ban Kiểm tra Trung ương đã họp … dưới sự chủ trì của Chủ nhiệm Trần Văn A", "Đoàn công tác Ủy ban … của
 * Quốc hội do Phó Chủ nhiệm B làm Trưởng đoàn": a bare head closed by a name, the organ it heads named earlier in
 * the same sentence, with no company in that sentence. The organ vouches for the post.
 */
export function organBeforeHead(ctx: TextContext, chain: TitleChain, holderBefore = false): boolean {
  // (A counted head, "2 phó chủ tịch A và B", is read with its list elsewhere.)
  // ("Ủy ban Kiểm tra … có 11 thành viên, do ông A làm Chủ nhiệm": the holder may be named before, as appointed.)
  if ((!chain.name && !holderBefore) || chain.titles.length !== 1 || isCountedTitle(ctx, chain.titles[0]!.from)) return false;
  const head = chain.titles[0]!;
  const words = headWords(ctx, head.from, head.to);
  const organs = HEADS_OF.find(([heads]) => heads.includes(words))?.[1];
  if (!organs) return false;
  let found = false;
  for (let k = head.from - 1; k >= 0 && k >= head.from - 40; k--) {
    const p = punctAt(ctx, k);
    if (p === '.' || p === ';' || p === ':' || p === '?' || p === '!') break;
    if (ctx.tokens.kind[k] !== WORD) continue;
    if (PRIVATE_MARKERS.match(ctx, k)) return false;
    if (k >= head.from - 30 && organs.match(ctx, k)) found = true;
  }
  return found;
}
