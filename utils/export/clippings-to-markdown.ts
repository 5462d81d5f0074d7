import { type ClippingLike, clippingFields, isoTime } from './clipping-like';
import { clippingBody, type MarkdownExportOptions } from './clipping-to-markdown';
import { frontMatter, yamlMappingLines } from './front-matter';
import { mapInSlices, type SliceOptions } from './map-in-slices';

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

/** The file's own front matter: format, export time (when given) and count. */
function markdownHead(count: number, exportedAt: number | string | undefined): string {
  return frontMatter([
    ['format', 'trich-bao-markdown'],
    ...(exportedAt === undefined ? [] : [['exported', isoTime(exportedAt)] as const]),
    ['count', count],
  ]);
}

// `* * *` rather than `---`: after a paragraph, `---` would turn it into a heading.
const BREAK = '\n\n* * *\n\n';
const section = (c: ClippingLike, options: MarkdownExportOptions) => clippingSection(c, options).replace(/\n+$/, '');

/**
 * Several clippings as one Markdown file: a front matter with the count (and export time),
 * then each clipping under its own `#` heading, separated by thematic breaks (`* * *`).
 */
export function clippingsToMarkdown(clippings: readonly ClippingLike[], options: ClippingsMarkdownOptions = {}): string {
  const { exportedAt, ...markdownOptions } = options;
  const sections = clippings.map((c) => section(c, markdownOptions));
  return `${markdownHead(clippings.length, exportedAt)}\n${sections.join(BREAK)}\n`;
}

/**
 * The same file as {@link clippingsToMarkdown}, built in time slices (progress, cancel) and
 * returned in parts for `new Blob(parts)`: thousands of clippings never freeze the page and
 * never make one giant string.
 */
export async function clippingsToMarkdownParts(clippings: readonly ClippingLike[], options: ClippingsMarkdownOptions & SliceOptions = {}): Promise<string[]> {
  const { exportedAt, onProgress, sliceMs, yieldToPage, signal, ...markdownOptions } = options;
  const sections = await mapInSlices(clippings, (c, i) => (i === 0 ? '' : BREAK) + section(c, markdownOptions), { onProgress, sliceMs, yieldToPage, signal });
  return [`${markdownHead(clippings.length, exportedAt)}\n`, ...sections, '\n'];
}
