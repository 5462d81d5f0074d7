const CHROME_TAGS = new Set(['HEADER', 'NAV', 'FOOTER', 'ASIDE']);
const CHROME_ROLES = new Set(['banner', 'navigation', 'contentinfo', 'complementary']);
// Whole class/id tokens only: "header-content" around a story's date line is the story's, "site-header" is not.
const CHROME_TOKEN = /^(?:(?:site|page|main|top|global|mobile)[-_]?)?(?:header|masthead)(?:[-_]?(?:top|main|wrap|wrapper|bar|inner))?$|^top[-_]?bar$|^(?:main[-_]?)?(?:menu|navbar|navigation)$|^(?:side[-_]?bar|footer|comments?|comment[-_]list)$/i;

function isChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  // An <article>'s own header, footer and aside carry its byline and date.
  if (CHROME_TAGS.has(tag) && (tag === 'NAV' || !el.parentElement?.closest('article'))) return true;
  if (CHROME_ROLES.has(el.getAttribute('role') ?? '')) return true;
  const tokens = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.split(/\s+/);
  return tokens.some((t) => t !== '' && CHROME_TOKEN.test(t));
}

/**
 * True when `el` sits in site furniture: page header, navigation, footer, side column, comments.
 * A header that holds the headline is the article's own header (`<article><header><h1>`), so it does not count.
 */
export function isInPageChrome(el: Element, headline: Element | null = null): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isChrome(node) && (!headline || !node.contains(headline))) return true;
  }
  return false;
}
