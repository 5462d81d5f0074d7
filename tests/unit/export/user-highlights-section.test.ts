import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { clippingToMarkdown } from '../../../utils/export/clipping-to-markdown';
import { userHighlightsSection } from '../../../utils/export/user-highlights-section';
import { bodyOf, frontMatterOf, renderMarkdown } from './render-markdown';
import { clipping } from './sample';

describe('utils/export/user-highlights-section', () => {
  it('quotes each highlight with its note below (pinned)', () => {
    const section = userHighlightsSection([
      { exact: 'Tỉnh sẽ hoàn thành dự án trong năm 2025.', note: 'Đối chiếu với kế hoạch cũ' },
      { exact: 'dòng một\ndòng hai' },
    ], 'both');
    expect(section).toBe([
      '## Đoạn đánh dấu / Highlights',
      '> Tỉnh sẽ hoàn thành dự án trong năm 2025.',
      '**Ghi chú (note):** Đối chiếu với kế hoạch cũ',
      '> dòng một\n> dòng hai',
    ].join('\n\n'));
  });

  it('renders hostile highlights and notes literally, as quotes and paragraphs only', () => {
    const html = renderMarkdown(userHighlightsSection([{ exact: '# giả\n<script>x</script>\n- mục', note: '[bấm](javascript:x)\n---' }], 'en')!);
    expect(html).toBe([
      '<h2>Highlights</h2>',
      '<blockquote>',
      '<p># giả',
      '&lt;script&gt;x&lt;/script&gt;',
      '- mục</p>',
      '</blockquote>',
      '<p><strong>note:</strong> [bấm](javascript:x)',
      '---</p>',
      '',
    ].join('\n'));
  });

  it.each([
    [[], null],
    [[{ exact: '  ', note: '\n' }], null],
  ])('leaves the section out when there is nothing to show %#', (highlights, expected) => {
    expect(userHighlightsSection(highlights, 'vi')).toBe(expected);
  });

  it('places highlights after the note and before the article in the Markdown export', () => {
    const md = clippingToMarkdown({ ...clipping({ note: 'Ghi chú của tôi' }), userHighlights: [{ exact: 'Các sở triển khai ngay.' }] }, { lang: 'vi' });
    expect(bodyOf(md)).toMatch(/^\n# .*\n\n> Ghi chú của tôi\n\n## Đoạn đánh dấu\n\n> Các sở triển khai ngay\.\n\nChiều 15\/1/);
  });
});

describe('utils/export/clipping-like (wiki links)', () => {
  it('links officials and documents in the front matter only when asked', () => {
    const c = clipping();
    expect(parse(frontMatterOf(clippingToMarkdown(c, { wikiLinks: true })))).toMatchObject({ officials: ['[[Võ Thị Hồng]]'], documents: ['[[29-NQ-TU|29-NQ/TU]]'] });
    expect(parse(frontMatterOf(clippingToMarkdown(c)))).toMatchObject({ officials: ['Võ Thị Hồng'], documents: ['29-NQ/TU'] });
  });
});
