// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { articleToMarkdown } from '../../../utils/article/article-to-markdown';
import { articleText } from '../../../utils/article/article-text';
import { parseHtml } from './parse-html';

const BASE = 'https://baosongxanh.vn/thoi-su/bai-viet.html';
const md = (html: string) => articleToMarkdown(parseHtml(`<div id="root">${html}</div>`).getElementById('root')!, BASE);

describe('utils/article/article-to-markdown', () => {
  it('writes ATX headings and keeps bold and italic', () => {
    expect(md('<h2>Tiêu đề phụ</h2><p><strong>Đậm</strong> và <em>nghiêng</em></p>')).toBe('## Tiêu đề phụ\n\n**Đậm** và _nghiêng_');
  });

  it('writes bullet and numbered lists', () => {
    const out = md('<ul><li>Một</li><li>Hai</li></ul><ol><li>Ba</li></ol>');
    expect(out).toMatch(/^- +Một\n- +Hai/m);
    expect(out).toMatch(/^1\. +Ba/m);
  });

  it('makes links and images absolute, including lazy-loaded images', () => {
    const out = md('<p><a href="/kinh-te/bai-2.html">bài khác</a></p><img src="../anh/a.jpg" alt="Ảnh A"><img src="data:image/gif;base64,AA" data-src="/anh/b.jpg" alt="Ảnh B">');
    expect(out).toContain('[bài khác](https://baosongxanh.vn/kinh-te/bai-2.html)');
    expect(out).toContain('![Ảnh A](https://baosongxanh.vn/anh/a.jpg)');
    expect(out).toContain('![Ảnh B](https://baosongxanh.vn/anh/b.jpg)');
  });

  it('keeps figure captions as italic lines under the image', () => {
    expect(md('<figure><img src="/a.jpg" alt="A"><figcaption>Chú thích ảnh</figcaption></figure>')).toBe('![A](https://baosongxanh.vn/a.jpg)\n\n_Chú thích ảnh_');
  });

  it('turns a one-column image table into image + caption', () => {
    const out = md('<table class="image"><tr><td><img src="/a.jpg" alt="A"></td></tr><tr><td>Chú thích</td></tr></table>');
    expect(out).toBe('![A](https://baosongxanh.vn/a.jpg)\n\n_Chú thích_');
  });

  it('renders data tables as pipe tables and escapes pipes in cells', () => {
    const out = md('<table><tr><th>Tên</th><th>Số</th></tr><tr><td>A | B</td><td>1</td></tr><tr><td>C</td></tr></table>');
    expect(out).toBe('| Tên | Số |\n| --- | --- |\n| A \\| B | 1 |\n| C |  |');
  });

  it('drops scripts, styles, share bars, ads and forms', () => {
    const out = md('<p>Nội dung</p><script>var x=1</script><style>p{}</style><div class="share-bar">Chia sẻ</div><div class="ads">Quảng cáo</div><form><button>Gửi</button></form>');
    expect(out).toBe('Nội dung');
  });

  it('does not touch the live element', () => {
    const doc = parseHtml('<div id="root"><p><a href="/x">x</a></p><script>1</script></div>');
    const root = doc.getElementById('root')!;
    const before = root.innerHTML;
    articleToMarkdown(root, BASE);
    expect(root.innerHTML).toBe(before);
  });
});

describe('utils/article/article-text', () => {
  it('puts one block per line and folds whitespace', () => {
    const root = parseHtml('<div><h2>Tiêu   đề</h2><p>Đoạn\n một <b>đậm</b></p><ul><li>Một</li><li>Hai</li></ul>Đuôi</div>').body.firstElementChild!;
    expect(articleText(root)).toBe('Tiêu đề\nĐoạn một đậm\nMột\nHai\nĐuôi');
  });

  it('skips scripts, hidden nodes and share bars', () => {
    const root = parseHtml('<div><p>Giữ</p><script>bỏ()</script><p hidden>ẩn</p><div class="social-share">Chia sẻ</div></div>').body.firstElementChild!;
    expect(articleText(root)).toBe('Giữ');
  });
});
