// Elements that never carry article text.
const NON_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'FORM', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'SVG', 'CANVAS', 'NAV', 'ASIDE']);

// Class/id words of share bars, ads, related-story boxes and comment blocks.
const CLUTTER_WORD = /(?:^|[\s_-])(?:ad|ads|adv|advert\w*|adsbygoogle|banner|share\w*|sharing|social|related\w*|comments?|newsletter|subscribe|sponsor\w*|promo|tin-lien-quan|lienquan|box-tinlienquan|print|breadcrumbs?)(?:$|[\s_-])/i;

/** True for elements an article copy should drop: scripts, forms, hidden nodes, share bars, ads, related boxes. */
export function isClutter(el: Element): boolean {
  if (NON_TEXT.has(el.tagName.toUpperCase())) return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return CLUTTER_WORD.test(names);
}

/** Removes clutter from a detached copy (never call it on the live page). */
export function removeClutter(copy: Element): void {
  for (const el of Array.from(copy.querySelectorAll('*'))) {
    // Descendants of an element already removed are no longer inside `copy`: skip them.
    if (copy.contains(el) && isClutter(el)) el.remove();
  }
}
