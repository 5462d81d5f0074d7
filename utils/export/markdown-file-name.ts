// Names Windows refuses whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;
const MAX_LENGTH = 80;

/** ASCII slug of Vietnamese text: diacritics dropped, đ→d, lower case, hyphens between words. */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐðÐ]/g, 'd') // Ð (U+00D0) stands in for Đ on some sites
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A safe file name for a clipping: the title as an ASCII slug, at most 80 characters with
 * `.md`, cut at a word; `clipping-<id>.md` when the title has no letters or digits.
 */
export function markdownFileName(clipping: { title: string; id?: number }): string {
  let slug = asciiSlug(clipping.title);
  const room = MAX_LENGTH - '.md'.length;
  if (slug.length > room) {
    const cut = slug.slice(0, room + 1);
    const lastHyphen = cut.lastIndexOf('-');
    slug = (lastHyphen > room / 2 ? cut.slice(0, lastHyphen) : cut.slice(0, room)).replace(/-+$/, '');
  }
  if (slug === '' || RESERVED.test(slug)) {
    return clipping.id === undefined ? 'clipping.md' : `clipping-${clipping.id}.md`;
  }
  return `${slug}.md`;
}
