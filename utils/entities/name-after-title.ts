import { foreignNameAt, placeEndsAt } from './foreign-name';
import { capRunEnd, pickName } from './name-run';
import { STOP_WORDS } from './stop-words';
import { punctAt, type TextContext } from './text-context';


/**
 * The holder opening the line after a title: a name of three or four words, led by a surname and closed by
 * punctuation, or a foreign name in Latin letters right after the title's country ("Ngoại trưởng Hoa Kỳ\nJohn Kerry").
 */
export function lineOpeningName(ctx: TextContext, k: number): [number, number] | null {
  if (placeEndsAt(ctx, k)) {
    const foreign = foreignNameAt(ctx, k, false, true);
    if (foreign) return foreign;
  }
  const run = capRunEnd(ctx, k);
  if (run - k < 3 || run - k > 4) return null;
  const name = pickName(ctx, k, run, 'weak');
  if (!name || name[0] !== k || name[1] !== run) return null;
  const p = punctAt(ctx, run);
  return p === ':' || p === ',' ? name : null;
}

/** A surname-led name starts at j and the clause ends right after it. */
export function nameClosesClause(ctx: TextContext, j: number): boolean {
  const run = capRunEnd(ctx, j);
  const name = run - j >= 2 ? pickName(ctx, j, run, 'weak') : null;
  if (!name || name[0] !== j || name[1] !== run) return false;
  const p = punctAt(ctx, run);
  return run >= ctx.tokens.count || p === ';' || p === '.' || p === ',' || STOP_WORDS.match(ctx, run) !== null;
}

/** A spaced dash at k followed by a surname-led name. */
export function dashNameAt(ctx: TextContext, k: number): boolean {
  const t = ctx.tokens;
  if (punctAt(ctx, k) !== '-' || k + 1 >= t.count || t.start[k]! === t.end[k - 1]! || t.start[k + 1]! === t.end[k]!) return false;
  const run = capRunEnd(ctx, k + 1);
  return run - k - 1 >= 2 && pickName(ctx, k + 1, run, 'weak')?.[0] === k + 1;
}
