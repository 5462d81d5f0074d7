import { type ClippingLike, clippingFields, isoTime } from './clipping-like';
import { clippingBody, type MarkdownExportOptions } from './clipping-to-markdown';
import { frontMatter, yamlMappingLines } from './front-matter';

export { markdownFileName } from './markdown-file-name';

/** Options of the several-clippings export. */
export interface ClippingsMarkdownOptions extends MarkdownExportOptions {
  /** When the export was made (ms since the epoch or a date string); omitted from the file when absent. */
  exportedAt?: number | string;
}

/** One clipping in the combined file: its metadata as a fenced YAML block, so only one front matter exists. */
function clippingSection(c: ClippingLike, options: MarkdownExportOptions): string {
  const metadata = ['```yaml', ...yamlMappingLines(clippingFields(c, options).filter(([key]) => key !== 'title')), '```'].join('\n');
  return clippingBody(c, options, metadata);
}

/**
 * Several clippings as one Markdown file: a front matter with the count (and export time),
 * then each clipping under its own `#` heading, separated by thematic breaks (`* * *`).
 */
export function clippingsToMarkdown(clippings: readonly ClippingLike[], options: ClippingsMarkdownOptions = {}): string {
  const { exportedAt, ...markdownOptions } = options;
  const head = frontMatter([
    ['format', 'trich-bao-markdown'],
    ...(exportedAt === undefined ? [] : [['exported', isoTime(exportedAt)] as const]),
    ['count', clippings.length],
  ]);
  // `* * *` rather than `---`: after a paragraph, `---` would turn it into a heading.
  const sections = clippings.map((c) => clippingSection(c, markdownOptions).replace(/\n+$/, ''));
  return `${head}\n${sections.join('\n\n* * *\n\n')}\n`;
}
