// Attributes lazy-loading scripts keep the real image address in until the image scrolls into view.
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-srcset', 'srcset'];

function absolute(href: string, base: string): string | null {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return null;
  }
}

/** First URL of a srcset ("a.jpg 1x, b.jpg 2x" → "a.jpg"). */
function firstOfSrcset(value: string): string {
  return value.trim().split(/\s+/)[0]?.replace(/,$/, '') ?? '';
}

/** Rewrites links and images of a detached copy to absolute URLs, taking lazy-loaded image sources; drops script links. */
export function absolutizeLinks(copy: Element, base: string): void {
  for (const a of Array.from(copy.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    const abs = /^\s*javascript:/i.test(href) ? null : absolute(href, base);
    if (abs) a.setAttribute('href', abs);
    else a.removeAttribute('href');
  }
  for (const img of Array.from(copy.querySelectorAll('img'))) {
    let src = img.getAttribute('src') ?? '';
    if (!src || src.startsWith('data:')) {
      const lazy = LAZY_SRC.map((name) => img.getAttribute(name)).find((v): v is string => !!v && !v.startsWith('data:'));
      if (lazy) src = firstOfSrcset(lazy);
    }
    const abs = src && !src.startsWith('data:') ? absolute(src, base) : null;
    if (abs) img.setAttribute('src', abs);
    else img.remove();
  }
}
