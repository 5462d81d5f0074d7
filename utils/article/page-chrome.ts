// Site furniture: navigation, page header and footer, side columns. Their dates and names belong to the site, not the story.
const CHROME = 'header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"], [class*="header" i], [id*="header" i], [class*="topbar" i], [class*="top-bar" i], [class*="menu" i], [class*="sidebar" i], [class*="comment" i], [id*="comment" i]';

/**
 * True when `el` sits in site furniture. A header that holds the headline is the article's own
 * header (`<article><header><h1>`), so it does not count.
 */
export function isInPageChrome(el: Element, headline: Element | null = null): boolean {
  for (let node: Element | null = el.closest(CHROME); node; node = node.parentElement?.closest(CHROME) ?? null) {
    if (!headline || !node.contains(headline)) return true;
  }
  return false;
}
