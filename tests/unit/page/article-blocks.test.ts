// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createArticleBlocks } from '../../../utils/page/article-blocks';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { recognize } from '../../../utils/entities/recognize';
import { createPainter } from '../../../utils/highlight/paint-highlights';
import { installArticle, rangeText } from './live-page-fixture';

function blocksOf(root: Element) {
  const index = buildTextIndex(root);
  const recognition = recognize(index.text);
  const blocks = createArticleBlocks(root, createPainter(document).makeRange);
  blocks.addFromIndex(index, 0, index.text.length, recognition);
  return { index, recognition, blocks };
}

describe('utils/page/article-blocks', () => {
  it('gives back the same flat text and mentions as reading the article in one go', () => {
    const root = installArticle(document);
    const { index, recognition, blocks } = blocksOf(root);
    // The heading, six paragraphs and the seven line breaks of the markup after them, each apart.
    expect(blocks.blockCount).toBe(14);
    expect(blocks.index.text).toBe(index.text);
    expect(blocks.index.nodes).toEqual(index.nodes);
    expect(blocks.index.starts).toEqual(index.starts);
    const keysAndMentions = (r: typeof recognition) =>
      [...r.officials, ...r.documents].map((e) => [e.key, e.mentions.map((m) => [m.start, m.end, m.surface])]);
    expect(keysAndMentions(blocks.recognition)).toEqual(keysAndMentions(recognition));
    expect(blocks.entityCount).toBe(recognition.officials.length + recognition.documents.length);
  });

  it('makes one range per mention, over the mention text', () => {
    const root = installArticle(document);
    const { blocks } = blocksOf(root);
    const ranges = blocks.ranges();
    expect(ranges.official.map((r) => rangeText(document, r))).toEqual(['Đinh Quang Lộc', 'Vương Thị Mai']);
    expect(ranges.document.map((r) => rangeText(document, r))).toEqual(['Quyết định số 312/QĐ-UBND']);
  });

  it('forgets a removed block: its mentions leave the aggregate and the flat text', () => {
    const root = installArticle(document);
    const { blocks } = blocksOf(root);
    const before = blocks.blockCount;
    const second = root.querySelectorAll('p')[1]!;
    blocks.remove([blocks.blockOf(second.firstChild!)!]);
    expect(blocks.blockCount).toBe(before - 1);
    expect(blocks.index.text).not.toContain('312/QĐ-UBND');
    expect(blocks.recognition.documents).toEqual([]);
    expect(blocks.entityCount).toBe(2);
  });

  it('finds the mention under a caret with article-wide offsets', () => {
    const root = installArticle(document);
    const { blocks } = blocksOf(root);
    const third = root.querySelectorAll('p')[2]!.firstChild as Text;
    const at = third.data.indexOf('Thị');
    const entry = blocks.mentionAt(third, at)!;
    expect(entry.entity.kind === 'official' && entry.entity.name).toBe('Vương Thị Mai');
    expect(blocks.index.text.slice(entry.start, entry.end)).toBe('Vương Thị Mai');
    expect(blocks.mentionAt(third, 0)).toBeNull();
  });
});
