import { punctAt, tokenKey, type TextContext } from './text-context';
import { NUM } from './tokenize';

const ROMAN = /^[ivxlc]+$/;


/** "nhiệm kỳ 2016-2021", "nhiệm kỳ 2020 – 2025", "khóa XV": a term inside a title; the token after it, or 0. */
export function termEnd(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  const key = tokenKey(ctx, k);
  if ((key === 'khóa' || key === 'khoá') && k + 1 < t.count && (ROMAN.test(tokenKey(ctx, k + 1)) || (t.kind[k + 1] === NUM && t.end[k + 1]! - t.start[k + 1]! <= 2))) {
    return k + 2;
  }
  // "… nhiệm kỳ 2011 – 2016 và nhiệm kỳ 2016 – 2021": a second term joined by "và".
  if (key === 'và' && (tokenKey(ctx, k + 1) === 'nhiệm' || tokenKey(ctx, k + 1) === 'giai')) {
    const next = termEnd(ctx, k + 1);
    return next > k + 1 ? next : 0;
  }
  // "giai đoạn 2015 - 2020": a period in office, read like a term.
  const opener = key === 'nhiệm' ? 'kỳ' : key === 'giai' ? 'đoạn' : '';
  if (!opener || k + 2 >= t.count || tokenKey(ctx, k + 1) !== opener || t.kind[k + 2] !== NUM) return 0;
  const year = (i: number) => t.kind[i] === NUM && t.end[i]! - t.start[i]! === 4;
  if (!year(k + 2)) return 0;
  // ("nhiệm kỳ 2021 2026": the dash lost between the years.)
  return punctAt(ctx, k + 3) === '-' && year(k + 4) ? k + 5 : year(k + 3) ? k + 4 : k + 3;
}
