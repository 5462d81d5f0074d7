import { type ClippingLike, clippingFields, type FieldOptions } from './clipping-like';
import { closeOpenFence } from './close-open-fence';
import { entitySections } from './entity-sections';
import { escapeMarkdownInline } from './escape-markdown-inline';
import type { ExportLang } from './export-lang';
import { frontMatter } from './front-matter';
import { userHighlightsSection } from './user-highlights-section';

export type { ClippingLike, UserHighlightLike } from './clipping-like';

/** Options of the Markdown export. */
export interface MarkdownExportOptions extends FieldOptions {
  /** Headings and labels: Vietnamese, English, or "Vietnamese / English" (default `both`). */
  lang?: ExportLang;
}

/** The note as a blockquote whose every line renders literally. */
function noteQuote(note: string): string | null {
  if (note.trim() === '') return null;
  return note
    .trim()
    .split(/\r\n|\n|\r/)
    .map((line) => (line.trim() === '' ? '>' : `> ${escapeMarkdownInline(line)}`))
    .join('\n');
}

/** Title heading, `afterTitle` (the combined export's metadata), note, highlights, article and entity sections. */
export function clippingBody(c: ClippingLike, { lang = 'both' }: MarkdownExportOptions = {}, afterTitle: string | null = null): string {
  // An empty title still needs a heading that says which article this is.
  const title = escapeMarkdownInline(c.title) || escapeMarkdownInline(c.canonicalUrl || c.url);
  const blocks = [
    `# ${title}`,
    afterTitle,
    noteQuote(c.note ?? ''),
    userHighlightsSection(c.userHighlights ?? [], lang),
    closeOpenFence(c.markdown.trim()),
    ...entitySections(c.officials, c.documents, lang),
  ];
  return `${blocks.filter((b): b is string => b !== null && b !== '').join('\n\n')}\n`;
}

/**
 * One clipping as a Markdown file (also what "copy to clipboard" copies): YAML front matter
 * (title, url, canonical, site, author, published, clipped, tags, officials, documents),
 * then the title, note, the reader's highlights, article and the officials and documents.
 */
export function clippingToMarkdown(c: ClippingLike, options: MarkdownExportOptions = {}): string {
  return `${frontMatter(clippingFields(c, options))}\n${clippingBody(c, options)}`;
}
