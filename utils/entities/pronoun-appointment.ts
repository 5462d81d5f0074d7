import { appointedHeadAt } from './appointees-before';
import type { OfficialHit } from './find-officials';
import { capRunEnd, pickName } from './name-run';
import { parseTitleChain } from './parse-title-chain';
import { HONORIFICS } from './ranks';
import { origText, punctAt, tokenKey, type TextContext } from './text-context';
import { CAP, PARA_BEFORE, WORD } from './tokenize';

// How far back (tokens) in its sentence the person a pronoun stands for may be named.
const BACK = 40;

// The nearest "đồng chí A", "ông A" before token k in the same sentence: the name's token range, or null.
function namedBefore(ctx: TextContext, k: number): [number, number] | null {
  const t = ctx.tokens;
  for (let j = k - 1; j >= Math.max(0, k - BACK); j--) {
    const p = punctAt(ctx, j);
    if (p === '.' || p === '!' || p === '?' || p === ';' || t.flags[j + 1]! & PARA_BEFORE) return null;
    const cue = t.kind[j] === WORD ? HONORIFICS.match(ctx, j) : null;
    const at = cue ? j + cue.len : -1;
    if (at < 0 || at >= k || t.kind[at] !== WORD || !(t.flags[at]! & CAP)) continue;
    const name = pickName(ctx, at, capRunEnd(ctx, at), 'strong');
    if (name && name[0] === at) return name;
  }
  return null;
}

/**
 * "… gửi điện mừng tới đồng chí A, nhân dịp đồng chí được bổ nhiệm giữ chức Bộ trưởng …": a post given, in the
 * passive, to a pronoun ("đồng chí", "ông", "bà" with no name after it) is held by the person named with an
 * honorific just before it in the sentence. Adds a hit for each such public post.
 */
export function pronounAppointments(ctx: TextContext, hits: OfficialHit[]): void {
  const t = ctx.tokens;
  for (let k = 1; k < t.count - 3; k++) {
    if (t.kind[k] !== WORD) continue;
    const cue = HONORIFICS.match(ctx, k);
    if (!cue) continue;
    const after = k + cue.len;
    // A pronoun: no name after it, and the passive "(đã, vừa) được …" right after.
    if (after >= t.count || t.flags[after]! & CAP) continue;
    const verb = tokenKey(ctx, after) === 'đã' || tokenKey(ctx, after) === 'vừa' ? after + 1 : after;
    if (tokenKey(ctx, verb) !== 'được') continue;
    const head = appointedHeadAt(ctx, after);
    if (head < 0) continue;
    const chain = parseTitleChain(ctx, head, 'name-first')!;
    const pub = chain.titles.filter((s) => s.isPublic);
    if (!pub.length) continue;
    const name = namedBefore(ctx, k);
    if (!name) continue;
    hits.push({ name, titles: pub.map((s) => origText(ctx, t.start[s.from]!, t.end[s.to - 1]!)), ranks: [] });
    k = Math.max(k, chain.end - 1);
  }
}
