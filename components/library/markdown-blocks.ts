/** A run of text inside a block: plain, bold, italic, or a link (http/https only). */
export type MdInline =
  | { kind: 'text' | 'strong' | 'em'; text: string }
  | { kind: 'link'; text: string; href: string };

/** A block of the article: what the library renders, always as text nodes (never as HTML). */
export type MdBlock =
  | { kind: 'heading'; level: number; inlines: MdInline[] }
  | { kind: 'paragraph' | 'quote'; inlines: MdInline[] }
  | { kind: 'list'; ordered: boolean; items: MdInline[][] }
  | { kind: 'code'; text: string };

// Turndown escapes Markdown punctuation with a backslash; the reader should not see it.
const unescape = (s: string) => s.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1');
// An image (`![alt](src)`) becomes a link named by its alt text: the library never loads remote images.
const INLINE = /!?\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)|\*\*(.+?)\*\*|__(.+?)__|(?<![\w*])[*_](?![\s*_])(.+?)(?<![\s\\])[*_](?![\w*])/g;

/** Splits a line into inline runs; link targets other than http(s) stay plain text. */
export function parseInlines(line: string): MdInline[] {
  const out: MdInline[] = [];
  let last = 0;
  const push = (inline: MdInline) => {
    if (inline.text === '') return;
    const prev = out[out.length - 1];
    if (inline.kind === 'text' && prev?.kind === 'text') prev.text += inline.text;
    else out.push(inline);
  };
  for (const m of line.matchAll(INLINE)) {
    push({ kind: 'text', text: unescape(line.slice(last, m.index)) });
    if (m[1] !== undefined) {
      const href = m[2]!;
      const text = unescape(m[1]);
      if (/^https?:\/\//i.test(href)) push({ kind: 'link', text: text || href, href });
      else push({ kind: 'text', text });
    } else {
      const bold = m[3] ?? m[4];
      push(bold !== undefined ? { kind: 'strong', text: unescape(bold) } : { kind: 'em', text: unescape(m[5]!) });
    }
    last = m.index + m[0].length;
  }
  push({ kind: 'text', text: unescape(line.slice(last)) });
  return out;
}

const LIST_ITEM = /^\s*(?:([-*+])|(\d+)[.)])\s+(.*)$/;

/** Parses the Markdown the clipper wrote (headings, paragraphs, lists, quotes, fences) into blocks. */
export function markdownBlocks(markdown: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', inlines: parseInlines(paragraph.join(' ')) });
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*(```|~~~)/.exec(line);
    if (fence) {
      flush();
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trimStart().startsWith(fence[1]!); i++) body.push(lines[i]!);
      blocks.push({ kind: 'code', text: body.join('\n') });
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const item = LIST_ITEM.exec(line);
    if (line.trim() === '' || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      flush();
    } else if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, inlines: parseInlines(heading[2]!) });
    } else if (line.startsWith('>')) {
      flush();
      blocks.push({ kind: 'quote', inlines: parseInlines(line.replace(/^>\s?/, '')) });
    } else if (item) {
      flush();
      const ordered = item[2] !== undefined;
      const prev = blocks[blocks.length - 1];
      if (prev?.kind === 'list' && prev.ordered === ordered) prev.items.push(parseInlines(item[3]!));
      else blocks.push({ kind: 'list', ordered, items: [parseInlines(item[3]!)] });
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}
