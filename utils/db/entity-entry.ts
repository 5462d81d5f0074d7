/** One row of the entity index: an official or a document across all clippings. */
export interface EntityEntry {
  /** The recognizer's key: every spelling of one person or document shares it. */
  key: string;
  kind: 'official' | 'document';
  /** How it was last written (official's name, document's first mention). */
  name: string;
  /** Other spellings seen, most recent first, without `name`. */
  aliases: string[];
  /** The official's first title or the document's issuer, from the last clipping that named it. */
  detail: string;
  /** How many clippings mention it. */
  count: number;
  /** Folded words of the name and aliases: the `*tokens` index for finding an entry by typing. */
  tokens: string[];
}
