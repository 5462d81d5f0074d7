import type { OfficialHit } from './find-officials';
import { capRunEnd, pickName } from './name-run';
import { parseTitleChain, startTitle } from './parse-title-chain';
import { HONORIFICS } from './ranks';
import { origText, punctAt, tokenKey, type TextContext } from './text-context';
import { CAP, WORD } from './tokenize';

// How far back (tokens) from ", thay ông …" the post may start.
const BACK = 30;

// The public post whose chain ends at the comma (or the "thay") `c` ("… giữ chức Giám đốc Sở Công Thương, thay ông A"): its titles.
function postEndingAt(ctx: TextContext, c: number): string[] {
  const t = ctx.tokens;
  for (let j = c - 1; j >= Math.max(0, c - BACK); j--) {
    const p = punctAt(ctx, j);
    if (p === '.' || p === ';' || p === ':') return [];
    if (!startTitle(ctx, j) || (j > 0 && startTitle(ctx, j - 1))) continue;
    const chain = parseTitleChain(ctx, j, 'name-first')!;
    if (chain.end !== c) continue;
    const last = chain.titles[chain.titles.length - 1]!;
    return last.isPublic ? [origText(ctx, t.start[last.from]!, t.end[last.to - 1]!)] : [];
  }
  return [];
}

/**
 * "… bổ nhiệm ông B giữ chức Giám đốc Sở Công Thương, thay ông A": the person replaced held that post. Adds a hit
 * for each such predecessor (the post is public).
 */
export function predecessors(ctx: TextContext, hits: OfficialHit[]): void {
  const t = ctx.tokens;
  for (let k = 1; k < t.count - 2; k++) {
    if (t.kind[k] !== WORD || tokenKey(ctx, k) !== 'thay') continue;
    // "thay ông A", "thay thế ông A", "thay cho ông A".
    let n = tokenKey(ctx, k + 1) === 'thế' || tokenKey(ctx, k + 1) === 'cho' ? k + 2 : k + 1;
    const cue = HONORIFICS.match(ctx, n);
    if (!cue) continue;
    n += cue.len;
    if (n >= t.count || t.kind[n] !== WORD || !(t.flags[n]! & CAP)) continue;
    const name = pickName(ctx, n, capRunEnd(ctx, n), 'strong');
    if (!name || name[0] !== n) continue;
    // ("… vị trí Bí thư Tỉnh ủy Lạng Sơn thay ông A": the comma may be left out.)
    const titles = postEndingAt(ctx, punctAt(ctx, k - 1) === ',' ? k - 1 : k);
    if (titles.length) hits.push({ name, titles, ranks: [] });
  }
}
