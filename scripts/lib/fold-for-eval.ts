import { normalizeText } from '../../utils/entities/normalize-text';

/** Folds text for comparing with gold: NFC, one tone placement, case, whitespace. */
export function foldForEval(s: string): string {
  return normalizeText(s.normalize('NFC')).text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Finds every span of `needle` in `hay`, treating any whitespace run as equal to any other. */
export function findSpans(hay: string, needle: string): Array<[number, number]> {
  const esc = needle.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const re = new RegExp(esc, 'g');
  const out: Array<[number, number]> = [];
  for (let m = re.exec(hay); m; m = re.exec(hay)) out.push([m.index, m.index + m[0].length]);
  return out;
}
