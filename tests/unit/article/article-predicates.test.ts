// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  hasArticleBlockWithProse,
  hasJsonLdArticle,
  hasJsonLdCollection,
  hasListingUrl,
  hasManyTeasers,
  hasOgTypeArticle,
  hasOgTypeWebsite,
  isReaderable,
  isRootPath,
  isWebsiteRoot,
  looksLikeListing,
} from '../../../utils/article/article-predicates';
import { body, parseHtml, prose } from './parse-html';

const ld = (json: string) => parseHtml(`<head><script type="application/ld+json">${json}</script></head><body></body>`);

/** A listing: `n` items, each a headline link with a one-sentence sapo. */
function listing(n: number): string {
  return Array.from({ length: n }, (_, i) => `<article><h3><a href="/tin/${i}.html">Tiêu đề bài viết số ${i} về chuyện làng xóm quê hương</a></h3><p>${prose(1)}</p></article>`).join('');
}

describe('utils/article/article-predicates', () => {
  it.each([
    ['NewsArticle', '{"@context":"https://schema.org","@type":"NewsArticle","headline":"A"}', true],
    ['ReportageNewsArticle', '{"@type":"ReportageNewsArticle"}', true],
    ['BlogPosting in an array', '[{"@type":"Organization"},{"@type":"BlogPosting"}]', true],
    ['Article inside @graph', '{"@graph":[{"@type":"WebSite"},{"@type":["Article","Thing"]}]}', true],
    ['a trailing comma', '{"@type":"NewsArticle","headline":"A",}', true],
    ['only a WebSite', '{"@type":"WebSite","name":"Báo"}', false],
    ['broken JSON', '{"@type": "NewsArticle"', false],
  ])('hasJsonLdArticle: %s → %s', (_label, json, expected) => {
    expect(hasJsonLdArticle(ld(json))).toBe(expected);
  });

  it('hasJsonLdCollection recognises search and collection pages', () => {
    expect(hasJsonLdCollection(ld('{"@type":"CollectionPage"}'))).toBe(true);
    expect(hasJsonLdCollection(ld('{"@type":"NewsArticle"}'))).toBe(false);
  });

  it.each([
    ['article', true, false],
    ['ARTICLE', true, false],
    ['website', false, true],
    ['video.other', false, false],
  ])('og:type=%s → article %s, website %s', (type, article, website) => {
    const doc = parseHtml(`<head><meta property="og:type" content="${type}"></head>`);
    expect(hasOgTypeArticle(doc)).toBe(article);
    expect(hasOgTypeWebsite(doc)).toBe(website);
  });

  it('hasArticleBlockWithProse needs paragraphs of prose inside article/main', () => {
    expect(hasArticleBlockWithProse(parseHtml(`<article><h1>T</h1>${body(5)}</article>`))).toBe(true);
    expect(hasArticleBlockWithProse(parseHtml(`<div>${body(5)}</div>`))).toBe(false);
    expect(hasArticleBlockWithProse(parseHtml(`<main><p>Ngắn.</p></main>`))).toBe(false);
    expect(hasArticleBlockWithProse(parseHtml(`<main>${listing(12)}</main>`))).toBe(false);
  });

  it('isReaderable follows Readability (long paragraphs yes, a stub no)', () => {
    expect(isReaderable(parseHtml(`<body>${body(6)}</body>`))).toBe(true);
    expect(isReaderable(parseHtml('<body><p>Xin chào.</p></body>'))).toBe(false);
  });

  it('looksLikeListing: many teasers and no body is a listing', () => {
    expect(looksLikeListing(parseHtml(`<main>${listing(12)}</main>`))).toBe(true);
  });

  it('looksLikeListing: an article with a related-stories box is not a listing', () => {
    expect(looksLikeListing(parseHtml(`<article>${body(8)}</article><aside>${listing(12)}</aside>`))).toBe(false);
  });

  it('looksLikeListing: a few links are never a listing', () => {
    expect(looksLikeListing(parseHtml(`<main>${listing(4)}</main>`))).toBe(false);
  });

  it('hasManyTeasers counts distinct headline links', () => {
    expect(hasManyTeasers(parseHtml(listing(20)))).toBe(true);
    expect(hasManyTeasers(parseHtml(listing(19)))).toBe(false);
  });

  it.each([
    ['https://baomoi.example.vn/', true],
    ['https://baomoi.example.vn/index.html', true],
    ['https://baomoi.example.vn/en/', true],
    ['https://baomoi.example.vn/thoi-su/bai-1.html', false],
    ['not a url', false],
  ])('isRootPath(%s) → %s', (url, expected) => {
    expect(isRootPath(parseHtml(''), url)).toBe(expected);
  });

  it('isWebsiteRoot needs og:type=website and the root path', () => {
    const doc = parseHtml('<head><meta property="og:type" content="website"></head>');
    expect(isWebsiteRoot(doc, 'https://a.vn/')).toBe(true);
    expect(isWebsiteRoot(doc, 'https://a.vn/thoi-su/bai.html')).toBe(false);
  });

  it.each([
    ['https://a.vn/tag/nong-thon-moi', true],
    ['https://a.vn/chu-de/bau-cu.htm', true],
    ['https://a.vn/tim-kiem?q=abc', true],
    ['https://a.vn/search?keyword=abc', true],
    ['https://a.vn/the-thao/bai-viet.html', false],
    ['https://a.vn/thoi-su/tag-moi-nhat-123.html', false],
  ])('hasListingUrl(%s) → %s', (url, expected) => {
    expect(hasListingUrl(parseHtml(''), url)).toBe(expected);
  });
});
