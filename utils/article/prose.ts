/** Text of an element with runs of whitespace folded to one space. */
export function foldedText(el: Element): string {
  return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Share of an element's text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element): number {
  const total = foldedText(el).length;
  if (total === 0) return 0;
  let linked = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) linked += foldedText(a).length;
  return Math.min(1, linked / total);
}

/** A `<p>` that reads as running prose: long enough, and mostly not a link (teaser sapos under a headline link are). */
export function isProseParagraph(p: Element, minLength = 40): boolean {
  return foldedText(p).length >= minLength && linkDensity(p) < 0.5;
}

/**
 * Length of the prose written as sibling paragraphs directly inside `el`. An article body keeps its
 * paragraphs side by side; a listing scatters one teaser paragraph per item, so this stays small there.
 */
export function siblingProseLength(el: Element): number {
  let total = 0;
  for (const child of Array.from(el.children)) {
    if (child.tagName === 'P' && isProseParagraph(child)) total += foldedText(child).length;
  }
  return total;
}

/** The element whose direct paragraphs hold the most prose, with that length; null when no prose exists. */
export function densestProseBlock(root: Document | Element): { el: Element; length: number } | null {
  let best: { el: Element; length: number } | null = null;
  const parents = new Set<Element>();
  for (const p of Array.from(root.getElementsByTagName('p'))) if (p.parentElement) parents.add(p.parentElement);
  for (const el of parents) {
    const length = siblingProseLength(el);
    if (length > 0 && (!best || length > best.length)) best = { el, length };
  }
  return best;
}

/** Links that read like headlines: several words, pointing to a real page (teasers on listings, related stories). */
export function isTeaserLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return false;
  const text = foldedText(a);
  return text.length >= 25 && text.split(' ').length >= 5;
}

/** Distinct teaser links under `scope`. */
export function teaserLinkCount(scope: Document | Element): number {
  const hrefs = new Set<string>();
  for (const a of Array.from(scope.querySelectorAll('a[href]'))) if (isTeaserLink(a)) hrefs.add(a.getAttribute('href')!);
  return hrefs.size;
}

/** How many levels above a paragraph its body container may sit. */
const BODY_DEPTH = 4;
/** How many levels above a paragraph a listing item's headline link may sit. */
const ITEM_DEPTH = 3;

/**
 * A paragraph that is a listing item's sapo: a small ancestor (holding at most two paragraphs)
 * also holds a headline link. Body paragraphs sit among many siblings, so they never qualify.
 */
export function isTeaserParagraph(p: Element): boolean {
  let el = p.parentElement;
  for (let depth = 0; el && depth < ITEM_DEPTH; depth++, el = el.parentElement) {
    if (el.getElementsByTagName('p').length > 2) return false;
    const links = Array.from(el.querySelectorAll('a[href]'));
    if (links.some((a) => !p.contains(a) && isTeaserLink(a))) return true;
  }
  return false;
}

/**
 * Prose of the richest container of non-teaser paragraphs. A listing's sapos each sit next to their
 * headline link, so a listing scores low however much teaser text it has; an article body scores its length.
 */
export function bodyProseLength(scope: Document | Element): number {
  const sums = new Map<Element, number>();
  let best = 0;
  for (const p of Array.from(scope.getElementsByTagName('p'))) {
    if (!isProseParagraph(p) || isTeaserParagraph(p)) continue;
    const length = foldedText(p).length;
    let el = p.parentElement;
    for (let depth = 0; el && depth < BODY_DEPTH; depth++, el = el.parentElement) {
      const sum = (sums.get(el) ?? 0) + length;
      sums.set(el, sum);
      best = Math.max(best, sum);
    }
  }
  return best;
}
