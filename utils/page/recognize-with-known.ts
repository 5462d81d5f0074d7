import { recognize } from '../entities/recognize';
import type { Official, Recognition } from '../entities/types';

const CAPITALISED = /\p{Lu}\p{Ll}*/gu;

/**
 * Recognises new text of an article already partly read, linking short mentions ("ông Thanh",
 * a repeated full name) to officials found earlier. The recognizer links only within one text,
 * so each known official whose given name the new text contains is restated before it, with
 * the title it was found with, and those lines' own mentions are dropped again.
 */
export function recognizeWithKnown(text: string, known: readonly Official[]): Recognition {
  const words = new Set(text.match(CAPITALISED) ?? []);
  const lines: string[] = [];
  for (const o of known) {
    const cue = [...o.ranks, ...o.titles.slice(0, 1)].join(' ');
    const given = o.name.slice(o.name.lastIndexOf(' ') + 1);
    if (cue && words.has(given)) lines.push(`${cue} ${o.name}.`);
  }
  if (lines.length === 0) return recognize(text);
  const prefix = `${lines.join('\n')}\n`;
  const skip = prefix.length;
  const found = recognize(prefix + text);
  const shift = <T extends { mentions: Array<{ start: number; end: number; surface: string }> }>(e: T): T => ({
    ...e,
    mentions: e.mentions.filter((m) => m.start >= skip).map((m) => ({ ...m, start: m.start - skip, end: m.end - skip })),
  });
  return {
    officials: found.officials.map(shift).filter((o) => o.mentions.length > 0),
    documents: found.documents.map(shift).filter((d) => d.mentions.length > 0),
  };
}
