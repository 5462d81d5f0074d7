import TurndownService from 'turndown';
import { removeClutter } from './clutter';
import { absolutizeLinks } from './absolutize-links';
import { foldedText } from './prose';

function cells(row: Element): Element[] {
  return Array.from(row.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

/** Vietnamese CMSs lay out a photo and its caption as a one-column table: that is a figure, not data. */
function isImageTable(table: Element): boolean {
  return table.querySelector('img') !== null && Array.from(table.querySelectorAll('tr')).every((tr) => cells(tr).length <= 1);
}

function createService(): TurndownService {
  const service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '_' });
  service.addRule('caption', {
    filter: ['figcaption'],
    replacement: (_content, node) => {
      const text = foldedText(node as Element);
      return text ? `\n\n_${text.replace(/_/g, '\\_')}_\n\n` : '';
    },
  });
  service.addRule('table', {
    filter: (node) => node.nodeName === 'TABLE' && !node.querySelector('table'),
    replacement: (content, node) => {
      const table = node as Element;
      const rows = Array.from(table.querySelectorAll('tr')).map(cells).filter((r) => r.length > 0);
      if (isImageTable(table) || rows.length === 0) return `\n\n${content.trim()}\n\n`;
      const width = Math.max(...rows.map((r) => r.length));
      const line = (r: Element[]) => {
        const texts = r.map((c) => service.turndown(c as HTMLElement).replace(/\s*\n+\s*/g, ' ').replace(/\|/g, '\\|').trim());
        while (texts.length < width) texts.push('');
        return `| ${texts.join(' | ')} |`;
      };
      const [head, ...body] = rows;
      const sep = `| ${Array(width).fill('---').join(' | ')} |`;
      return `\n\n${[line(head!), sep, ...body.map(line)].join('\n')}\n\n`;
    },
  });
  // Rows and cells only separate blocks here; the table rule above decides the layout. A text cell
  // of an image table is the photo's caption.
  service.addRule('tableParts', {
    filter: ['td', 'th', 'tr', 'thead', 'tbody', 'tfoot', 'caption'],
    replacement: (content, node) => {
      const el = node as Element;
      const table = el.closest('table');
      const isCaption = el.tagName === 'CAPTION' || (el.tagName === 'TD' && !el.querySelector('img') && table !== null && isImageTable(table));
      return isCaption && content.trim() ? `\n\n_${content.trim()}_\n\n` : `\n\n${content}\n\n`;
    },
  });
  return service;
}

/** The article as Markdown: headings, lists, absolute links and images, captions, tables; works on a copy of `root`. */
export function articleToMarkdown(root: Element, baseUrl: string): string {
  const copy = root.cloneNode(true) as Element;
  removeClutter(copy);
  absolutizeLinks(copy, baseUrl);
  const markdown = createService().turndown(copy as HTMLElement);
  return markdown.replace(/\n{3,}/g, '\n\n').trim();
}
