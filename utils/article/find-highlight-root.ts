import { findMarkedBody } from './find-marked-body';

/** Paragraphs shorter than this are captions, bylines or buttons, not prose. */
const MIN_PARAGRAPH = 40;

/**
 * The element whose direct `<p>` children hold the most prose (link text excluded). One pass
 * over the paragraphs with raw text lengths: cheap on pages with thousands of paragraphs.
 */
function densestParagraphBlock(doc: Document): Element | null {
  const sums = new Map<Element, number>();
  let best: Element | null = null;
  let bestSum = 0;
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const parent = p.parentElement;
    if (!parent) continue;
    const length = p.textContent?.length ?? 0;
    if (length < MIN_PARAGRAPH) continue;
    let linked = 0;
    const links = p.getElementsByTagName('a');
    for (let j = 0; j < links.length; j++) linked += links[j]!.textContent?.length ?? 0;
    if (linked * 2 >= length) continue;
    const sum = (sums.get(parent) ?? 0) + length;
    sums.set(parent, sum);
    if (sum > bestSum) {
      bestSum = sum;
      best = parent;
    }
  }
  return best;
}

/**
 * The live element whose text gets highlighted: cheap enough for every page load (no
 * Readability pass). A marked body container, else the block of paragraphs with the most
 * prose, widened to its `<article>`/`<main>` so the headline and lead are included when that
 * container holds one story only.
 */
export function findHighlightRoot(doc: Document): Element | null {
  const marked = findMarkedBody(doc);
  if (marked) return marked;
  const block = densestParagraphBlock(doc);
  if (!block) return null;
  const container = block.closest('article, main, [role="main"]');
  if (container && container !== block && container.querySelectorAll('article').length <= (container.tagName === 'ARTICLE' ? 0 : 1)) {
    return container;
  }
  return block;
}
