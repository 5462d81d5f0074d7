/**
 * The text the browser benchmark recognises on its generated pages (scripts/bench-browser.ts): the same page
 * generator, the same highlight root and text index, built in jsdom instead of Chromium.
 */
import { JSDOM } from 'jsdom';
import { generateArticlePage } from '../bench/generate-article-page';
import { findHighlightRoot } from '../../utils/article/find-highlight-root';
import { buildTextIndex } from '../../utils/dom/text-index';

/** Page sizes as in scripts/bench-browser.ts. */
export const BENCH_PAGES = [
  { name: 'typical', paragraphs: 60, perParagraph: 2 },
  { name: 'long', paragraphs: 650, perParagraph: 2.15 },
  { name: 'stress', paragraphs: 3000, perParagraph: 2.7 },
] as const;

/** Text of the named benchmark page as `recognize` receives it in the browser benchmark. */
export function benchPageText(name: (typeof BENCH_PAGES)[number]['name']): { text: string; nodes: number } {
  const spec = BENCH_PAGES.find((p) => p.name === name)!;
  const dom = new JSDOM(generateArticlePage(spec.paragraphs, spec.perParagraph));
  const root = findHighlightRoot(dom.window.document);
  if (!root) throw new Error(`no highlight root on the ${name} page`);
  const index = buildTextIndex(root);
  return { text: index.text, nodes: index.nodes.length };
}
