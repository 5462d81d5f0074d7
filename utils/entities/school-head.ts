import { PUBLIC_MARKERS } from './org-words';
import type { TitleChain } from './title-chain-types';
import { tokenKey, wordAt, type TextContext } from './text-context';

// How far back (tokens) the school the article is about may be named.
const SCHOOL_WINDOW = 600;

// "trường tư thục", "trường dân lập", "trường quốc tế": a private school's kind right after its kind of school.
function privateSchool(ctx: TextContext, k: number): boolean {
  for (let j = k; j < k + 6 && j < ctx.tokens.count; j++) {
    const a = wordAt(ctx, j);
    const b = wordAt(ctx, j + 1);
    if ((a === 'tư' && b === 'thục') || (a === 'dân' && b === 'lập') || (a === 'quốc' && b === 'tế')) return true;
  }
  return false;
}

/**
 * "Trường THCS Xuân Thủy khai giảng … thầy A - Hiệu trưởng nhà trường": a school's head or deputy head named only as
 * the head of "nhà trường" ("the school") or "trường này", in a text that names a public school before. The token
 * after "nhà trường" (the title's new end), or -1.
 */
export function schoolHeadEnd(ctx: TextContext, chain: TitleChain): number {
  if (chain.titles.length !== 1) return -1;
  const { from, to } = chain.titles[0]!;
  const head = tokenKey(ctx, from) === 'phó' ? from + 1 : from;
  if (to !== head + 2 || tokenKey(ctx, head) !== 'hiệu' || tokenKey(ctx, head + 1) !== 'trưởng') return -1;
  const a = wordAt(ctx, to);
  const b = wordAt(ctx, to + 1);
  if (!((a === 'nhà' && b === 'trường') || (a === 'trường' && b === 'này'))) return -1;
  for (let j = from - 1; j >= 0 && j >= from - SCHOOL_WINDOW; j--) {
    if (tokenKey(ctx, j) !== 'trường' || !PUBLIC_MARKERS.match(ctx, j)) continue;
    return privateSchool(ctx, j + 1) ? -1 : to + 2;
  }
  return -1;
}
