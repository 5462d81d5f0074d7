import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clippingsToMarkdown, markdownFileName } from '../../../utils/export/clippings-to-markdown';
import { bodyOf, frontMatterOf, renderMarkdown } from './render-markdown';
import { clipping, HOSTILE } from './sample';

/** The fenced YAML blocks of a combined export, parsed. */
function metadataBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/^```yaml\n([\s\S]*?)\n```$/gm)].map((m) => parse(m[1]!));
}

describe('utils/export/clippings-to-markdown', () => {
  it('writes one front matter with the count and export time, then every clipping', () => {
    const md = clippingsToMarkdown([clipping({ title: 'Một' }), clipping({ title: 'Hai' })], { exportedAt: Date.UTC(2024, 5, 1) });
    expect(parse(frontMatterOf(md))).toEqual({ format: 'trich-bao-markdown', exported: '2024-06-01T00:00:00.000Z', count: 2 });
    expect(md.match(/^---$/gm)).toHaveLength(2);
    const html = renderMarkdown(bodyOf(md));
    expect([...html.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => m[1])).toEqual(['Một', 'Hai']);
    expect(html.match(/<hr>/g)).toHaveLength(1);
  });

  it('leaves the export time out when not given', () => {
    expect(parse(frontMatterOf(clippingsToMarkdown([])))).toEqual({ format: 'trich-bao-markdown', count: 0 });
  });

  it.each(HOSTILE.map((s) => [JSON.stringify(s), s]))('keeps each clipping\'s metadata parseable with %s', (_label, s) => {
    const md = clippingsToMarkdown([clipping({ author: s, tags: [s] }), clipping({ site: s })]);
    const [first, second] = metadataBlocks(md) as Array<Record<string, unknown>>;
    expect(first).toMatchObject({ author: s, tags: [s], canonical: clipping().canonicalUrl });
    expect(second).toMatchObject({ site: s });
    expect(first).not.toHaveProperty('title');
  });

  it('renders a hostile title literally in the combined file', () => {
    const html = renderMarkdown(bodyOf(clippingsToMarkdown([clipping({ title: '<script>x</script>\n# giả\n---' })])));
    expect(html).toContain('<h1>&lt;script&gt;x&lt;/script&gt; # giả ---</h1>');
    expect(html).not.toContain('<script>');
  });
});

describe('utils/export/markdown-file-name', () => {
  it.each([
    ['Tỉnh ủy họp bàn kế hoạch năm 2024', 'tinh-uy-hop-ban-ke-hoach-nam-2024.md'],
    ['Đồng chí Đỗ Văn Đức: “Phải làm ngay” — Kỳ 2', 'dong-chi-do-van-duc-phai-lam-ngay-ky-2.md'],
    ['Thuỷ lợi và thủy điện', 'thuy-loi-va-thuy-dien.md'],
    ['Ðiện (Ð U+00D0 look-alike)', 'dien-d-u-00d0-look-alike.md'],
    ['../../etc/passwd', 'etc-passwd.md'],
    ['CON', 'clipping-7.md'],
    ['“…”', 'clipping-7.md'],
    ['', 'clipping-7.md'],
    ['Nghị quyết 29-NQ/TU', 'nghi-quyet-29-nq-tu.md'],
  ])('names %j %s', (title, name) => {
    expect(markdownFileName({ title, id: 7 })).toBe(name);
  });

  it('names a clipping without title or id clipping.md', () => {
    expect(markdownFileName({ title: '🙂' })).toBe('clipping.md');
  });

  it('keeps long names within 80 characters, cut at a word', () => {
    const title = 'Hội nghị lần thứ mười Ban Chấp hành Đảng bộ tỉnh khóa mười bảy thảo luận báo cáo chính trị trình Đại hội';
    const name = markdownFileName({ title, id: 1 });
    expect(name.length).toBeLessThanOrEqual(80);
    expect(name).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.md$/);
    expect(`${name.slice(0, -3)}-`).toBe('hoi-nghi-lan-thu-muoi-ban-chap-hanh-dang-bo-tinh-khoa-muoi-bay-thao-luan-bao-'.slice(0, name.length - 2));
  });

  it('cuts a single very long word at the limit', () => {
    expect(markdownFileName({ title: 'a'.repeat(200) })).toBe(`${'a'.repeat(77)}.md`);
  });
});
