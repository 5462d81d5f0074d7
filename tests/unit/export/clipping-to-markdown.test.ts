import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clippingToMarkdown } from '../../../utils/export/clipping-to-markdown';
import { bodyOf, decodeHtmlText, expectedInlineText, frontMatterOf, renderMarkdown } from './render-markdown';
import { clipping, doc, HOSTILE, official } from './sample';

const PINNED = `---
title: "Tỉnh ủy họp bàn kế hoạch năm 2024"
url: "https://baotinh.example.vn/tinh-uy-hop.html?utm_source=zalo"
canonical: "https://baotinh.example.vn/tinh-uy-hop.html"
site: "Báo Tỉnh"
author: "Đặng Minh Khôi"
published: "2024-01-15T09:00:00+07:00"
clipped: "2024-01-15T03:00:00.000Z"
tags:
  - "kế hoạch"
officials:
  - "Võ Thị Hồng"
documents:
  - "29-NQ/TU"
---

# Tỉnh ủy họp bàn kế hoạch năm 2024

Chiều 15/1, **Ban Thường vụ Tỉnh ủy** họp.

## Kết luận

Các sở triển khai ngay.

## Quan chức / Officials

- **Võ Thị Hồng** — chức vụ (titles): Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh · số lần nhắc (mentions): 3

## Văn bản / Documents

- **Nghị quyết số 29-NQ/TU** — loại (type): Nghị quyết · số, ký hiệu (number/symbol): 29-NQ/TU · ngày (date): 2023-03-15 · cơ quan ban hành (issuer): Ban Thường vụ Tỉnh ủy · khóa (term): XX
`;

describe('utils/export/clipping-to-markdown', () => {
  it('writes front matter, title, article and entity sections (pinned)', () => {
    expect(clippingToMarkdown(clipping())).toBe(PINNED);
  });

  it.each(HOSTILE.map((s) => [JSON.stringify(s), s]))('front matter parses back exactly with title, author, tags and names %s', (_label, s) => {
    const c = clipping({ title: s, author: s, site: s, tags: [s, 'bình thường'], officials: [official(s)], documents: [doc({ number: null, surface: s })] });
    expect(parse(frontMatterOf(clippingToMarkdown(c)))).toEqual({
      title: s,
      url: c.url,
      canonical: c.canonicalUrl,
      site: s,
      author: s,
      published: c.published,
      clipped: '2024-01-15T03:00:00.000Z',
      tags: [s, 'bình thường'],
      officials: [s],
      documents: [s],
    });
  });

  it.each(HOSTILE.filter((s) => s.trim() !== '').map((s) => [JSON.stringify(s), s]))('shows the title %s literally as the one h1', (_label, s) => {
    const html = renderMarkdown(bodyOf(clippingToMarkdown(clipping({ title: s, markdown: 'Nội dung.', officials: [], documents: [] }))));
    const h1s = [...html.matchAll(/<h1>([^<]*)<\/h1>/g)];
    expect(h1s).toHaveLength(1);
    expect(decodeHtmlText(h1s[0]![1]!)).toBe(expectedInlineText(s));
    expect(html).not.toMatch(/<script|<img|<a |<h2|<em>|<strong>|<code>/);
  });

  it('falls back to the URL as heading when the title is empty', () => {
    expect(clippingToMarkdown(clipping({ title: '  ' }))).toContain('\n# https\\://baotinh.example.vn/tinh-uy-hop.html\n');
  });

  it('writes author and published as YAML null when unknown', () => {
    const fm = parse(frontMatterOf(clippingToMarkdown(clipping({ author: null, published: null, tags: [] }))));
    expect(fm).toMatchObject({ author: null, published: null, tags: [] });
  });

  it('keeps a string clippedAt as given', () => {
    const fm = parse(frontMatterOf(clippingToMarkdown({ ...clipping(), clippedAt: '2024-02-01T10:00:00+07:00' })));
    expect(fm.clipped).toBe('2024-02-01T10:00:00+07:00');
  });

  it('quotes the note literally, one blockquote line per note line', () => {
    const md = clippingToMarkdown(clipping({ note: 'Ý chính:\n\n# không phải tiêu đề\n<b>đậm</b>' }));
    expect(md).toContain('\n\n> Ý chính:\n>\n> \\# không phải tiêu đề\n> \\<b\\>đậm\\</b\\>\n\n');
    const html = renderMarkdown(bodyOf(md));
    expect(html).toContain('<blockquote>\n<p>Ý chính:</p>\n<p># không phải tiêu đề\n&lt;b&gt;đậm&lt;/b&gt;</p>\n</blockquote>');
  });

  it('leaves out the note, officials and documents sections when empty', () => {
    const md = clippingToMarkdown(clipping({ note: '', officials: [], documents: [] }));
    expect(md).not.toMatch(/^>|Quan chức|Văn bản/m);
    expect(md.endsWith('Các sở triển khai ngay.\n')).toBe(true);
  });

  it('includes the article Markdown as is', () => {
    const article = 'Đoạn có [liên kết](https://baotinh.example.vn/) và *nghiêng*.\n\n| a | b |\n|---|---|\n| 1 | 2 |';
    expect(clippingToMarkdown(clipping({ markdown: article }))).toContain(`\n\n${article}\n\n## Quan chức`);
  });

  it('closes a code fence the article left open so the sections still render', () => {
    const html = renderMarkdown(bodyOf(clippingToMarkdown(clipping({ markdown: 'Mã:\n\n~~~~js\nlet x = 1;' }))));
    expect(html).toContain('<h2>Quan chức / Officials</h2>');
    expect(html).toContain('<h2>Văn bản / Documents</h2>');
  });

  it.each([
    ['vi', '## Quan chức\n', '## Văn bản\n', 'chức vụ: '],
    ['en', '## Officials\n', '## Documents\n', 'titles: '],
    ['both', '## Quan chức / Officials\n', '## Văn bản / Documents\n', 'chức vụ (titles): '],
  ] as const)('writes headings and labels in %s', (lang, officials, documents, label) => {
    const md = clippingToMarkdown(clipping(), { lang });
    expect(md).toContain(officials);
    expect(md).toContain(documents);
    expect(md).toContain(label);
  });

  it.each([
    [doc({ number: '100', symbol: 'NĐ-CP', year: 2019 }), '100/2019/NĐ-CP'],
    [doc({ number: '59', symbol: 'QH14', year: 2020 }), '59/2020/QH14'],
    [doc({ number: '123', symbol: 'QĐ-UBND', year: null }), '123/QĐ-UBND'],
    [doc({ number: '05', symbol: 'KL/TW', year: null }), '05-KL/TW'],
    [doc({ number: null, symbol: null, surface: 'Nghị quyết Đại hội XIII' }), 'Nghị quyết Đại hội XIII'],
  ])('lists document %# under its display id %s', (d, id) => {
    expect(parse(frontMatterOf(clippingToMarkdown(clipping({ documents: [d] })))).documents).toEqual([id]);
  });

  it('lists officials with ranks, titles and mention count', () => {
    const o = { ...official('Lương Văn Tâm', ['Giám đốc Công an tỉnh'], 2), ranks: ['Đại tá'] };
    expect(clippingToMarkdown(clipping({ officials: [o] }), { lang: 'en' })).toContain(
      '- **Lương Văn Tâm** — rank: Đại tá · titles: Giám đốc Công an tỉnh · mentions: 2\n',
    );
  });
});
