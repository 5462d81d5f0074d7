import { Readability } from '@mozilla/readability';

const MARK = 'data-trichbao-i';
const MAX_ELEMENTS = 30000;

function lowestCommonAncestor(elements: Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (const el of elements.slice(1)) {
    while (common && !common.contains(el)) common = common.parentElement;
  }
  return common;
}

/**
 * The live element that holds what Readability extracts. Readability mutates and re-parents the
 * document it reads, so it runs on a clone whose elements carry their index in the original; the
 * indices that survive into its output lead back to the live elements.
 */
export function readabilityRoot(doc: Document): Element | null {
  const clone = doc.cloneNode(true) as Document;
  const cloned = clone.getElementsByTagName('*');
  for (let i = 0; i < cloned.length; i++) cloned[i]!.setAttribute(MARK, String(i));
  let content: Element | null | undefined;
  try {
    content = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      keepClasses: true,
      // Readability throws past this many elements: a bound on the time spent on giant pages.
      maxElemsToParse: MAX_ELEMENTS,
    }).parse()?.content;
  } catch {
    return null;
  }
  if (!content) return null;
  const live = doc.getElementsByTagName('*');
  // Only the outermost marked elements: their descendants add nothing to the common ancestor.
  const tops = Array.from(content.querySelectorAll(`[${MARK}]`)).filter((el) => !el.parentElement?.closest(`[${MARK}]`));
  const mapped = tops.map((el) => live[Number(el.getAttribute(MARK))]).filter((el): el is Element => el !== undefined);
  const root = lowestCommonAncestor(mapped);
  return root && root !== doc.documentElement ? root : null;
}
