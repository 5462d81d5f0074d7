// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../utils/article/read-article';
import { parseHtml } from './parse-html';

const URL_ = 'https://a.vn/bai.html';

describe('utils/article/read-article on hostile input', () => {
  it.each([
    ['an empty document', ''],
    ['unclosed tags', '<div><p>Đoạn <b>đậm <i>nghiêng<table><tr><td>ô'],
    ['broken JSON-LD', '<script type="application/ld+json">{"@type":"NewsArticle", "headline": </script><p>Nội dung</p>'],
    ['JSON-LD of the wrong shape', '<script type="application/ld+json">[1, null, "x", {"@type": 5, "author": {"name": 7}}]</script>'],
    ['a JSON-LD headline that is not a string', '<script type="application/ld+json">{"@type":"NewsArticle","headline":{"x":1},"datePublished":12}</script>'],
    ['meta tags without content', '<meta property="og:title"><meta name="author"><link rel="canonical">'],
    ['a canonical that is not a URL', '<link rel="canonical" href="http://[bad">'],
    ['deep nesting', '<div>'.repeat(500) + 'sâu' + '</div>'.repeat(500)],
  ])('never throws on %s and falls back sensibly', (_label, html) => {
    const got = readArticle(parseHtml(html), URL_);
    expect(got.detection.isArticle).toBe(false);
    expect(typeof got.metadata.title).toBe('string');
    expect(got.metadata.site).toBe('a.vn');
    expect(got.metadata.canonicalUrl).toBe(URL_);
    expect(got.metadata.published).toBeNull();
  });

  it('survives a page URL that is not a URL', () => {
    const got = readArticle(parseHtml('<title>T</title>'), 'not a url');
    expect(got.metadata).toMatchObject({ url: 'not a url', canonicalUrl: 'not a url', site: '' });
  });
});
