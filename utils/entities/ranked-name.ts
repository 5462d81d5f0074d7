import { capRunEnd, pickName } from './name-run';
import { MILITARY_RANKS } from './ranks';
import type { TextContext } from './text-context';

/** "Đại tá Nguyễn Văn A" at token i: the name a military rank opens, or null. */
export function rankedNameAt(ctx: TextContext, i: number): [number, number] | null {
  const r = MILITARY_RANKS.match(ctx, i);
  if (!r) return null;
  const j = i + r.len;
  const run = capRunEnd(ctx, j);
  const name = run - j >= 2 ? pickName(ctx, j, run, 'strong') : null;
  return name && name[0] === j ? name : null;
}
