// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../utils/article/extract-metadata';
import { stripSiteSuffix } from '../../../utils/article/extract-title';
import { primaryLanguage } from '../../../utils/article/extract-lang';
import { cleanAuthor } from '../../../utils/article/clean-author';
import { body, parseHtml } from './parse-html';

const URL_ = 'https://baosongxanh.vn/thoi-su/bai-viet.html?utm_source=zalo#top';
const meta = (head: string, bodyHtml = `<h1>Tiêu đề trong trang</h1><div class="content">${body()}</div>`) =>
  extractMetadata(parseHtml(`<html lang="vi"><head>${head}</head><body>${bodyHtml}</body></html>`), URL_);

describe('utils/article/extract-metadata', () => {
  it('prefers the JSON-LD headline, author list, date and publisher', () => {
    const m = meta(`<meta property="og:title" content="OG"><script type="application/ld+json">
      {"@type":"NewsArticle","headline":"Tiêu đề JSON-LD","author":[{"name":"Lê An"},{"name":"Vũ Bình"}],
       "datePublished":"2024-12-30T08:15:00+07:00","publisher":{"name":"Báo Sông Xanh"}}</script>`);
    expect(m).toMatchObject({ title: 'Tiêu đề JSON-LD', author: 'Lê An, Vũ Bình', published: '2024-12-30T08:15:00+07:00', site: 'Báo Sông Xanh' });
  });

  it('falls back to og:title without the site suffix, meta author and article:published_time (+07:00 for vi)', () => {
    const m = meta(`<meta property="og:title" content="Tin chính - Báo Sông Xanh"><meta property="og:site_name" content="Báo Sông Xanh">
      <meta name="author" content="Trần Cúc"><meta property="article:published_time" content="2025-01-05 14:20">`);
    expect(m).toMatchObject({ title: 'Tin chính', author: 'Trần Cúc', published: '2025-01-05T14:20:00+07:00', site: 'Báo Sông Xanh' });
  });

  it('uses <title> minus " - Site" when there is no metadata, and the host as site', () => {
    const m = meta('<title>Khánh thành cầu mới ở xã vùng bãi ngang - Báo Sông Xanh</title>');
    expect(m.title).toBe('Khánh thành cầu mới ở xã vùng bãi ngang');
    expect(m.site).toBe('baosongxanh.vn');
  });

  it('reads a byline element, then a bold signature at the end of the body', () => {
    expect(meta('', `<h1>T</h1><div class="author">Bởi Phạm Dũng</div><div class="content">${body()}</div>`).author).toBe('Phạm Dũng');
    expect(meta('', `<h1>T</h1><div class="content">${body()}<p><strong>Hoàng Yến</strong></p></div>`).author).toBe('Hoàng Yến');
  });

  it.each([
    ['<p><strong>PV</strong></p>', 'PV'],
    ['<p>(Theo TTXVN)</p>', 'TTXVN'],
    ['<p><em>Theo TTXVN</em></p>', 'TTXVN'],
    ['<p style="text-align:right">Ngọc Lan</p>', 'Ngọc Lan'],
  ])('reads the agency or signature %s as %s', (tail, author) => {
    expect(meta('', `<h1>T</h1><div class="content">${body()}${tail}</div>`).author).toBe(author);
  });

  it('does not take a closing bold sentence for an author', () => {
    expect(meta('', `<h1>T</h1><div class="content">${body()}<p><strong>Người dân cần cảnh giác trước các thủ đoạn lừa đảo qua mạng.</strong></p></div>`).author).toBeNull();
  });

  it("takes the date next to the headline, not the header's today", () => {
    const m = meta('', `<header class="site-header"><span class="today">Thứ Năm, 26/12/2024 09:05</span></header>
      <div class="detail"><span class="date">Thứ hai, 9/12/2024, 18:30 (GMT+7)</span><h1>Tiêu đề</h1><div class="content">${body()}</div></div>`);
    expect(m.published).toBe('2024-12-09T18:30:00+07:00');
  });

  it('reads itemprop and <time datetime> dates', () => {
    expect(meta('', `<h1>T</h1><time datetime="2024-08-09T18:30:00+07:00">9/8</time>${body()}`).published).toBe('2024-08-09T18:30:00+07:00');
    expect(meta('', `<h1>T</h1><span itemprop="datePublished" content="2024-08-09">x</span>${body()}`).published).toBe('2024-08-09');
  });

  it('resolves and cleans the canonical URL, and falls back to the cleaned page URL', () => {
    expect(meta('<link rel="canonical" href="/thoi-su/ban-goc.html?fbclid=1&p=2#x">').canonicalUrl).toBe('https://baosongxanh.vn/thoi-su/ban-goc.html?p=2');
    expect(meta('<meta property="og:url" content="https://baosongxanh.vn/og.html?utm_medium=a">').canonicalUrl).toBe('https://baosongxanh.vn/og.html');
    expect(meta('').canonicalUrl).toBe('https://baosongxanh.vn/thoi-su/bai-viet.html');
    expect(meta('').url).toBe(URL_);
  });

  it('reads lang from html lang, then og:locale', () => {
    expect(meta('').lang).toBe('vi');
    const doc = parseHtml('<html><head><meta property="og:locale" content="vi_VN"></head><body></body></html>');
    expect(extractMetadata(doc, URL_).lang).toBe('vi');
  });

  it.each([
    ['Tin A - Báo Sông Xanh', 'Báo Sông Xanh', 'Tin A'],
    ['Tin về Lạng Sơn hôm nay | Báo Lạng Sơn', 'baolangson.vn', 'Tin về Lạng Sơn hôm nay'],
    ['Giá lúa tăng cao ở đồng bằng - Kinh tế - Báo X', 'Báo X', 'Giá lúa tăng cao ở đồng bằng'],
    ['Hà Nội - Hải Phòng', null, 'Hà Nội - Hải Phòng'],
    ['Nghị quyết 29-NQ/TU', null, 'Nghị quyết 29-NQ/TU'],
  ])('stripSiteSuffix(%j, %j) → %j', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });

  it.each([
    ['vi-VN', 'vi'],
    ['EN_us', 'en'],
    ['', null],
    ['123', null],
  ])('primaryLanguage(%j) → %j', (tag, expected) => {
    expect(primaryLanguage(tag)).toBe(expected);
  });

  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Bài và ảnh: Minh Châu', 'Minh Châu'],
    ['  Tác giả:  Lê   Hà ', 'Lê Hà'],
    ['https://facebook.com/someone', null],
    ['', null],
  ])('cleanAuthor(%j) → %j', (raw, expected) => {
    expect(cleanAuthor(raw)).toBe(expected);
  });
});
