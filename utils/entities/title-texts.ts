import { origText, type TextContext } from './text-context';
import type { TitleChain } from './title-chain-types';

const OWN_ACRONYM = /\s*\(([A-ZĐ]{2,6})\)/;

// "đại biểu Quốc hội (ĐBQH)": the title's own abbreviation in parentheses is no part of it.
function dropOwnAcronym(title: string): string {
  const m = OWN_ACRONYM.exec(title);
  if (!m) return title;
  const initials = title.slice(0, m.index).split(/\s+/).map((w) => w.charAt(0).toUpperCase()).join('');
  return initials.endsWith(m[1]!) ? title.slice(0, m.index) + title.slice(m.index + m[0].length) : title;
}

/** Each title of a chain as the page writes it (its own acronym in parentheses left out). */
export function titleTexts(ctx: TextContext, chain: TitleChain): string[] {
  const t = ctx.tokens;
  return chain.titles.map((s) => dropOwnAcronym(origText(ctx, t.start[s.from]!, t.end[s.to - 1]!)));
}
