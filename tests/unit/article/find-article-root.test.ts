// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findArticleRoot } from '../../../utils/article/find-article-root';
import { readabilityRoot } from '../../../utils/article/readability-root';
import { body, parseHtml } from './parse-html';

describe('utils/article/find-article-root', () => {
  it('returns the itemprop=articleBody element of the document itself', () => {
    const doc = parseHtml(`<div class="wrap"><h1>T</h1><div itemprop="articleBody" id="b">${body()}</div></div>`);
    const root = findArticleRoot(doc);
    expect(root).toBe(doc.getElementById('b'));
  });

  it('ignores a marked container too short to be a body', () => {
    const doc = parseHtml(`<div class="article-content">Ngắn</div><div id="real">${body()}</div>`);
    expect(findArticleRoot(doc)?.id).toBe('real');
  });

  it('maps what Readability extracts back to the live element, leaving the page untouched', () => {
    const doc = parseHtml(`<div id="nav"><a href="/">Trang chủ</a></div><div id="story"><h1>Tiêu đề</h1>${body(8)}</div><div id="foot">Liên hệ</div>`);
    const before = doc.body.innerHTML;
    const root = readabilityRoot(doc);
    expect(root?.id).toBe('story');
    expect(doc.body.innerHTML).toBe(before);
    expect(findArticleRoot(doc)).toBe(doc.getElementById('story'));
  });

  it('returns null for a page without prose', () => {
    expect(findArticleRoot(parseHtml('<div><a href="/">Trang chủ</a></div>'))).toBeNull();
  });
});
