import { accentKey } from './accent-key';
import { canonicalToken, foldToken } from './fold-token';
import { EXACT_PREFIX, HEAD_PREFIX } from './search-tokens';
import { tokenize } from './tokenize';

/** One word of a search, as index keys. */
export interface QueryToken {
  /** What the reader typed (lowercase). */
  text: string;
  /** Index prefixes any of which matches: the folded word and its i→y canonical form (`si` finds `sinh` and `Sĩ`). */
  prefixes: string[];
  /** The index entry of its accented spelling, or null when typed without diacritics. */
  exact: string | null;
  /** Index prefixes of the same word in a title, entity name, tag or author. */
  headPrefixes: string[];
}

/** Most words a search uses; each costs index reads. */
export const MAX_QUERY_TOKENS = 8;

/** Splits a search into index keys; an empty array means "no search". */
export function parseQuery(query: string): QueryToken[] {
  const seen = new Set<string>();
  const tokens: QueryToken[] = [];
  for (const text of tokenize(query)) {
    if (seen.has(text) || tokens.length >= MAX_QUERY_TOKENS) continue;
    seen.add(text);
    const prefixes = [...new Set([foldToken(text), canonicalToken(text)])];
    const exact = accentKey(text);
    tokens.push({
      text,
      prefixes,
      exact: exact === null ? null : EXACT_PREFIX + exact,
      headPrefixes: prefixes.map((p) => HEAD_PREFIX + p),
    });
  }
  return tokens;
}
