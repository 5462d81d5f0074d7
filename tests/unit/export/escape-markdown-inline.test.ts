import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline } from '../../../utils/export/escape-markdown-inline';
import { decodeHtmlText, expectedInlineText, renderMarkdown } from './render-markdown';
import { HOSTILE } from './sample';

/** Block contexts an escaped string is placed in, and the only HTML each may produce around it. */
const CONTEXTS: Array<[string, (s: string) => string, RegExp]> = [
  ['heading', (s) => `# ${s}`, /^<h1>([^<]*)<\/h1>\n$/],
  ['list item', (s) => `- ${s}`, /^<ul>\n<li>([^<]*)<\/li>\n<\/ul>\n$/],
  ['paragraph', (s) => s, /^<p>([^<]*)<\/p>\n$/],
  ['blockquote', (s) => `> ${s}`, /^<blockquote>\n<p>([^<]*)<\/p>\n<\/blockquote>\n$/],
  ['bold in a list item', (s) => `- **${s}** — x`, /^<ul>\n<li><strong>([^<]*)<\/strong> — x<\/li>\n<\/ul>\n$/],
];

/** The text a context renders `value` to, or null when it adds any other markup. */
function renderedText(wrap: (s: string) => string, shape: RegExp, value: string): string | null {
  const match = shape.exec(renderMarkdown(wrap(escapeMarkdownInline(value))));
  return match ? decodeHtmlText(match[1]!) : null;
}

const nonBlank = HOSTILE.filter((s) => s.trim() !== '');

describe('utils/export/escape-markdown-inline', () => {
  describe.each(CONTEXTS)('in a %s', (_name, wrap, shape) => {
    it.each(nonBlank.map((s) => [JSON.stringify(s), s]))('renders %s literally and as nothing else', (_label, value) => {
      expect(renderedText(wrap, shape, value)).toBe(expectedInlineText(value));
    });
  });

  it.each([
    ['# Tin nóng', '\\# Tin nóng'],
    ['- mục', '\\- mục'],
    ['+ mục', '\\+ mục'],
    ['2024. Năm bản lề', '2024\\. Năm bản lề'],
    ['3) ba', '3\\) ba'],
    ['a_b*c', 'a\\_b\\*c'],
    ['Hà Nội - TP.HCM (ảnh)', 'Hà Nội - TP.HCM (ảnh)'],
    ['  hai\ndòng  ', 'hai dòng'],
  ])('escapes %j as %j', (value, expected) => {
    expect(escapeMarkdownInline(value)).toBe(expected);
  });

  it('renders any mix of Markdown syntax characters literally in every context (property)', () => {
    const piece = fc.constantFrom(
      ...'\\`*_[]()<>#+-.!|~=&:/@$%^{}"\' \t\n'.split(''),
      'http://', 'www.', '1.', '---', '***', '&amp;', '<a href=x>', 'javascript:', 'đ', '😀', 'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 25 }), fc.constantFrom(...CONTEXTS), (parts, [, wrap, shape]) => {
        const value = parts.join('');
        if (value.trim() === '') return true;
        return renderedText(wrap, shape, value) === expectedInlineText(value);
      }),
      { numRuns: 1_500 },
    );
  });
});

describe('utils/export/escape-markdown-inline (regressions)', () => {
  it('breaks "www." inside a word, which linkify would still turn into a protocol-relative link', () => {
    expect(escapeMarkdownInline('//xwww.đ')).not.toContain('www.');
  });
});
