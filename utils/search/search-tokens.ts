import { accentKey } from './accent-key';
import { canonicalToken } from './fold-token';
import { tokenize } from './tokenize';

/** Marks an index entry holding a token's accented spelling (exact match, ranks first). */
export const EXACT_PREFIX = '=';
/** Marks an index entry for a token of the title, an entity name, a tag or the author (ranks above body text). */
export const HEAD_PREFIX = '^';
/** How much of the article text is indexed: the lead says what the article is about, the index stays small. */
export const TEXT_HEAD_CHARS = 2000;
const MAX_TOKEN_LENGTH = 40;

/** The searchable parts of a clipping. */
export interface SearchFields {
  /** Title, entity names, tags, author: matches here rank higher. */
  head: readonly string[];
  /** Site, note, official titles, the article text (only its first {@link TEXT_HEAD_CHARS} are read). */
  body: readonly string[];
}

/**
 * The entries of the `*searchTokens` multi-entry index: every folded token (`nghi`), the
 * accented spelling of tokens with diacritics (`=nghi5`), and head tokens again (`^nghi`).
 */
export function searchTokens({ head, body }: SearchFields): string[] {
  const entries = new Set<string>();
  const add = (text: string, isHead: boolean) => {
    for (const token of tokenize(text)) {
      if (token.length > MAX_TOKEN_LENGTH) continue;
      const folded = canonicalToken(token);
      entries.add(folded);
      if (isHead) entries.add(HEAD_PREFIX + folded);
      const exact = accentKey(token);
      if (exact !== null) entries.add(EXACT_PREFIX + exact);
    }
  };
  for (const text of head) add(text, true);
  for (const text of body) add(text.length > TEXT_HEAD_CHARS ? text.slice(0, TEXT_HEAD_CHARS) : text, false);
  return [...entries];
}
