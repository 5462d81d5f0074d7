import { describe, expect, it } from 'vitest';
import { markdownBlocks, parseInlines } from '../../../components/library/markdown-blocks';

describe('components/library/markdown-blocks', () => {
  it('parses headings, paragraphs, lists, quotes and fences', () => {
    const md = '# Tiêu đề\n\nĐoạn một\ndòng hai.\n\n- ý một\n- ý hai\n\n1. bước một\n2. bước hai\n\n> trích dẫn\n\n```\n<b>mã</b>\n```';
    expect(markdownBlocks(md)).toEqual([
      { kind: 'heading', level: 1, inlines: [{ kind: 'text', text: 'Tiêu đề' }] },
      { kind: 'paragraph', inlines: [{ kind: 'text', text: 'Đoạn một dòng hai.' }] },
      { kind: 'list', ordered: false, items: [[{ kind: 'text', text: 'ý một' }], [{ kind: 'text', text: 'ý hai' }]] },
      { kind: 'list', ordered: true, items: [[{ kind: 'text', text: 'bước một' }], [{ kind: 'text', text: 'bước hai' }]] },
      { kind: 'quote', inlines: [{ kind: 'text', text: 'trích dẫn' }] },
      { kind: 'code', text: '<b>mã</b>' },
    ]);
  });

  it.each([
    ['**Tỉnh ủy** họp', [{ kind: 'strong', text: 'Tỉnh ủy' }, { kind: 'text', text: ' họp' }]],
    ['xem _thêm_ nhé', [{ kind: 'text', text: 'xem ' }, { kind: 'em', text: 'thêm' }, { kind: 'text', text: ' nhé' }]],
    ['[báo](https://b.example/x) kìa', [{ kind: 'link', text: 'báo', href: 'https://b.example/x' }, { kind: 'text', text: ' kìa' }]],
    ['![Cầu treo mới](https://b.example/cau.jpg)', [{ kind: 'link', text: 'Cầu treo mới', href: 'https://b.example/cau.jpg' }]], // image: its alt text, no "!"

    ['[bẫy](javascript:alert(1))', [{ kind: 'text', text: 'bẫy)' }]], // not a web link: text only
    ['số 18\\-NQ/TU và 1\\. điều', [{ kind: 'text', text: 'số 18-NQ/TU và 1. điều' }]],
    ['<script>alert(1)</script>', [{ kind: 'text', text: '<script>alert(1)</script>' }]],
    ['snake_case_name', [{ kind: 'text', text: 'snake_case_name' }]],
  ])('parses inline %s', (line, inlines) => {
    expect(parseInlines(line)).toEqual(inlines);
  });
});
