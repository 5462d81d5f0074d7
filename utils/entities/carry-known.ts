import { hashKey } from './char-class';
import { PLACES } from './places';
import { createTextContext, tokenKey, type TextContext } from './text-context';
import { CAP, WORD } from './tokenize';
import type { Official } from './types';

/** An official named in earlier text of the same article, as this text's linker needs it. */
interface CarriedName {
  nameKeys: string[];
  /** Hashes of the name's syllables (what the linker compares tokens with). */
  hashes: number[];
  isPlace: boolean;
}

// Names of officials carried over from earlier text, by name (bounded): a long page's slices and a live page's
// paragraphs restate the same officials again and again.
const carriedNames = new Map<string, CarriedName>();

/** An official named in earlier text of the same article, with what this text's linker needs of the name. */
export interface Carried {
  official: Official;
  name: CarriedName;
}

/**
 * Officials named in earlier text, as this text's linker needs them. Call it before the text's own context is made:
 * making a context may empty the shared token table that one in use still relies on.
 */
export function carry(known: readonly Official[]): Carried[] {
  const out: Carried[] = [];
  for (const official of known) {
    let name = carriedNames.get(official.name);
    if (!name) {
      if (carriedNames.size >= 4096) carriedNames.clear();
      const c = createTextContext(official.name);
      const nameKeys = Array.from({ length: c.tokens.count }, (_, k) => tokenKey(c, k));
      name = { nameKeys, hashes: nameKeys.map(hashKey), isPlace: PLACES.match(c, 0)?.len === c.tokens.count };
      carriedNames.set(official.name, name);
    }
    if (name.nameKeys.length > 0) out.push({ official, name });
  }
  return out;
}

/** Hashes of the text's capitalised words (a carried official is looked for only where its given name is). */
export function capitalisedWords(ctx: TextContext): Set<number> {
  const t = ctx.tokens;
  const out = new Set<number>();
  for (let k = 0; k < t.count; k++) if (t.kind[k] === WORD && t.flags[k]! & CAP) out.add(t.hash[k]!);
  return out;
}
