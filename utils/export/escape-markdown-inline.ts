// Escaped wherever they appear: emphasis, links and images, raw HTML and autolinks,
// entities, code spans, tables, strikethrough, plus Obsidian's #tags, ==highlights==,
// $math$, %%comments%% and ^block-ids (clippings are often read there).
const ALWAYS = /[\\`*_[\]<>&|~#=$%^]/g;

/** Line breaks of every kind: inline text must stay on one line or it starts new blocks. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;

/** Whatever any rule below could change: markup, line breaks, `:`/`www.`/`@` of autolinks, a leading marker. */
const MAYBE_SPECIAL = /[\\`*_[\]<>&|~#=$%^:@\r\n\v\f\u0085\u2028\u2029]|www\.|^[-+\d]/i;

/** Whether `text` shows nothing once on one line: only whitespace and line breaks (NEL and U+2028 included). */
export function isBlankInline(text: string): boolean {
  return text.replace(LINE_BREAKS, ' ').trim() === '';
}

/**
 * Makes arbitrary text render literally as CommonMark/GFM inline content (a heading,
 * a list item, a table cell): escapes markup, breaks autolinks, defuses leading block
 * markers, joins lines with spaces and trims the ends (leading spaces would make code).
 */
export function escapeMarkdownInline(text: string): string {
  // Most names and titles hold nothing to escape: the replacements below would be no-ops.
  if (!MAYBE_SPECIAL.test(text) && text === text.trim()) return text;
  let out = text.replace(LINE_BREAKS, ' ').trim().replace(ALWAYS, '\\$&');
  // GFM autolinks without angle brackets: "https://…", "www.…" (also inside a word: linkify finds "//xwww.vn"), "a@b.vn".
  out = out.replace(/:(?=\/\/)/g, '\\:').replace(/(www)\./gi, '$1\\.').replace(/@/g, '\\@');
  // Block markers only count at the start: list bullets, ordered lists, setext underlines.
  out = out.replace(/^([-+])/, '\\$1').replace(/^(\d{1,9})([.)])/, '$1\\$2');
  return out;
}
