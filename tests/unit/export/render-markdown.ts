import MarkdownIt from 'markdown-it';

// A CommonMark renderer with raw HTML allowed and GFM-style autolinking on: the most
// permissive setting a reader's app is likely to use, so escapes must hold up under it.
const markdownIt = new MarkdownIt({ html: true, linkify: true });

/** Renders Markdown to HTML as a permissive viewer would. */
export function renderMarkdown(markdown: string): string {
  return markdownIt.render(markdown);
}

/** Text of HTML that markdown-it escaped (only &amp; &lt; &gt; &quot; occur). */
export function decodeHtmlText(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** What a literal rendering of `text` on one line shows: line breaks as spaces, ends trimmed, NUL as U+FFFD. */
export function expectedInlineText(text: string): string {
  return text.replace(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/g, ' ').trim().replace(/\0/g, '\uFFFD');
}

/** The YAML between the opening and closing `---` of a Markdown file. */
export function frontMatterOf(markdown: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return match[1]!;
}

/** What follows the front matter (viewers that know front matter render only this). */
export function bodyOf(markdown: string): string {
  const match = /^---\n[\s\S]*?\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return markdown.slice(match[0].length);
}
