// Characters a wiki-link target cannot hold in Obsidian or Logseq: link syntax ([ ] | # ^),
// path separators and what file systems refuse in a note's name.
const NOT_IN_TARGET = /[[\]|#^\\:*?"<>]|[\p{Cc}\u2028\u2029]/gu;
const NOT_IN_ALIAS = /[[\]|]|[\p{Cc}\u2028\u2029]/gu;

/**
 * A notes-app wiki link to the note named after `text`: `[[Trần Sỹ Thanh]]`; when the name
 * needs cleaning (`/` in `29-NQ/TU` would be a folder) the link shows the original as alias,
 * `[[29-NQ-TU|29-NQ/TU]]`. Text with nothing usable for a note name is returned as is.
 */
export function wikiLink(text: string): string {
  const target = text.replace(/\//g, '-').replace(NOT_IN_TARGET, ' ').replace(/\s+/g, ' ').trim().replace(/^\.+/, '');
  if (target === '') return text;
  if (target === text) return `[[${text}]]`;
  const alias = text.replace(NOT_IN_ALIAS, ' ').replace(/\s+/g, ' ').trim();
  return alias === '' || alias === target ? `[[${target}]]` : `[[${target}|${alias}]]`;
}
