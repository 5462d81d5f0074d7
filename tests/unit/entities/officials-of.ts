import { recognize } from '../../../utils/entities/index';

/** Each official the recognizer finds in `text` as [name, ranks then titles], for compact expectations. */
export function officialsOf(text: string): Array<[string, string[]]> {
  return recognize(text).officials.map((o) => [o.name, [...o.ranks, ...o.titles]]);
}
