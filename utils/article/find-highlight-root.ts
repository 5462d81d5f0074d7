import { findMarkedBody } from './find-article-root';
import { densestProseBlock } from './prose';

/**
 * The live element whose text gets highlighted: cheap enough for every page load (no
 * Readability pass). A marked body container, else the block of paragraphs with the most
 * prose, widened to its `<article>`/`<main>` so the headline and lead are included when that
 * container holds one story only.
 */
export function findHighlightRoot(doc: Document): Element | null {
  const marked = findMarkedBody(doc);
  if (marked) return marked;
  const block = densestProseBlock(doc)?.el;
  if (!block) return null;
  const container = block.closest('article, main, [role="main"]');
  if (container && container !== block && container.querySelectorAll('article').length <= (container.tagName === 'ARTICLE' ? 0 : 1)) {
    return container;
  }
  return block;
}
