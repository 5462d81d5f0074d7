import fc from 'fast-check';
import type { Clipping } from '../../../utils/db/clipping';
import type { DocumentRef, Mention, Official } from '../../../utils/entities/types';
import { isBlankInline } from '../../../utils/export/escape-markdown-inline';

// Pieces that break naive writers: YAML, Markdown, HTML, CSV and JSON syntax, line breaks
// of every kind, controls, bidi overrides, BOM, lone surrogates, emoji, Vietnamese.
const HOSTILE_PIECES = [
  '"', "'", '\\', ':', '#', '-', '---', '...', '?', '[', ']', '{', '}', ',', '&', '*', '!', '|', '>', '%', '@', '`', '```', '~~~',
  '\n', '\r', '\r\n', '\t', '\u000b', '\f', '\u0085', '\u2028', '\u2029', '\u0000', '\u0007', '\u001b', '\u007f', '\u009f',
  '\uFEFF', '\u202E', '\u2066', '\u200F', '\uD800', '\uDFFF', '😀', '🇻🇳', 'Đ', 'đ', 'ủy', 'Nghị quyết', ' ', '  ',
  '<script>', '</p>', '<a href="x">', '<!--', '&amp;', '&#60;', '[x](javascript:alert(1))', '![i](x.png)', 'https://a.vn',
  'www.a.vn', 'a@b.vn', '# ', '1. ', '+ ', '- ', '> ', '=', '=SUM(A1)', '+1', '-1', '@x', 'null', 'true', '~', '[[w]]', 'ﺏ', 'מ',
];

/** Any UTF-16 text, lone surrogates included, or text stitched from hostile pieces. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 24 }),
  fc.array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'grapheme-ascii', maxLength: 4 })), { maxLength: 8 }).map((xs) => xs.join('')),
);

/** Text that is not blank on one line (a heading or a name needs something to show). */
export const visibleText: fc.Arbitrary<string> = anyText.filter((s) => !isBlankInline(s));

const nullableText = fc.option(anyText, { nil: null });
const time = fc.integer({ min: 0, max: 4_102_444_800_000 });

const mention: fc.Arbitrary<Mention> = fc
  .record({ start: fc.nat(100_000), length: fc.nat(200), surface: anyText })
  .map(({ start, length, surface }) => ({ start, end: start + length, surface }));

/** An official with arbitrary texts. */
export const officialArb: fc.Arbitrary<Official> = fc.record({
  kind: fc.constant('official' as const),
  key: anyText,
  name: visibleText,
  titles: fc.array(anyText, { maxLength: 3 }),
  ranks: fc.array(anyText, { maxLength: 2 }),
  mentions: fc.array(mention, { maxLength: 3 }),
});

/** A document reference with arbitrary texts. */
export const documentArb: fc.Arbitrary<DocumentRef> = fc.record({
  kind: fc.constant('document' as const),
  key: anyText,
  surface: visibleText,
  type: nullableText,
  number: nullableText,
  symbol: nullableText,
  year: fc.option(fc.integer({ min: -3000, max: 3000 }), { nil: null }),
  date: nullableText,
  issuer: nullableText,
  term: nullableText,
  mentions: fc.array(mention, { maxLength: 3 }),
});

/** A stored clipping with arbitrary text in every field (ids are set by {@link clippingsArb}). */
export const clippingArb: fc.Arbitrary<Clipping> = fc.record({
  url: anyText,
  canonicalUrl: anyText.filter((s) => s !== ''),
  title: anyText,
  author: nullableText,
  published: nullableText,
  site: anyText,
  lang: nullableText,
  markdown: anyText,
  text: anyText,
  officials: fc.array(officialArb, { maxLength: 3 }),
  documents: fc.array(documentArb, { maxLength: 3 }),
  entityKeys: fc.array(anyText, { maxLength: 3 }),
  note: anyText,
  tags: fc.array(anyText, { maxLength: 3 }),
  clippedAt: time,
  updatedAt: time,
});

/** A few clippings, each with a distinct id or none (never stored). */
export const clippingsArb: fc.Arbitrary<Clipping[]> = fc
  .array(fc.tuple(clippingArb, fc.option(fc.nat(1_000_000), { nil: undefined })), { maxLength: 3 })
  .map((pairs) => {
    const used = new Set<number>();
    return pairs.map(([c, id]) => {
      if (id === undefined || used.has(id)) return c;
      used.add(id);
      return { id, ...c };
    });
  });
