import { useMemo } from 'preact/hooks';
import { markdownBlocks, type MdInline } from './markdown-blocks';

/** Props of {@link MarkdownView}. */
export interface MarkdownViewProps {
  markdown: string;
}

function Inlines({ inlines }: { inlines: MdInline[] }) {
  return (
    <>
      {inlines.map((inline, i) => {
        if (inline.kind === 'strong') return <strong key={i}>{inline.text}</strong>;
        if (inline.kind === 'em') return <em key={i}>{inline.text}</em>;
        if (inline.kind === 'link') {
          return (
            <a key={i} href={inline.href} target="_blank" rel="noopener noreferrer">
              {inline.text}
            </a>
          );
        }
        return inline.text;
      })}
    </>
  );
}

/** An article's Markdown shown as headings, paragraphs, lists and quotes built from text nodes: page text never becomes HTML. */
export function MarkdownView({ markdown }: MarkdownViewProps) {
  const blocks = useMemo(() => markdownBlocks(markdown), [markdown]);
  return (
    <div class="md" data-testid="article-body">
      {blocks.map((block, i) => {
        switch (block.kind) {
          case 'heading': {
            // The article's own h1 would compete with the page title: start at h2.
            const Tag = `h${Math.min(6, block.level + 1)}` as 'h2';
            return <Tag key={i}><Inlines inlines={block.inlines} /></Tag>;
          }
          case 'quote':
            return <blockquote key={i}><Inlines inlines={block.inlines} /></blockquote>;
          case 'list': {
            const Tag = block.ordered ? 'ol' : 'ul';
            return <Tag key={i}>{block.items.map((item, j) => <li key={j}><Inlines inlines={item} /></li>)}</Tag>;
          }
          case 'code':
            return <pre key={i}>{block.text}</pre>;
          default:
            return <p key={i}><Inlines inlines={block.inlines} /></p>;
        }
      })}
    </div>
  );
}
