import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { isoTime } from '../../../utils/export/clipping-like';
import { clippingToMarkdown } from '../../../utils/export/clipping-to-markdown';
import { CLIPPINGS_CSV_HEADER, clippingsToCsv } from '../../../utils/export/clippings-to-csv';
import { clippingsToJson } from '../../../utils/export/clippings-to-json';
import { neutraliseCell } from '../../../utils/export/csv-table';
import { documentDisplayId } from '../../../utils/export/document-display-id';
import { isBlankInline } from '../../../utils/export/escape-markdown-inline';
import { ENTITY_MENTIONS_CSV_HEADER, entityMentionsToCsv } from '../../../utils/export/entity-mentions-to-csv';
import { readClippingsBackup } from '../../../utils/export/read-clippings-backup';
import { wikiLink } from '../../../utils/export/wiki-link';
import { anyText, clippingArb, clippingsArb, documentArb, officialArb, visibleText } from './arbitraries';
import { parseCsv } from './parse-csv';
import { bodyOf, decodeHtmlText, expectedInlineText, frontMatterOf, renderMarkdown } from './render-markdown';

const RUNS = { numRuns: 10_000 };
/** 10,000 runs take a few seconds; the default 5 s is too tight on a busy machine. */
const TIMEOUT = 30_000;

/** Tags the body of a clipping may render to; anything else (a, img, script, h3, em, code…) was injected. */
const ALLOWED_TAGS = new Set(['h1', 'h2', 'p', 'blockquote', 'ul', 'li', 'strong']);

describe('utils/export (properties, arbitrary Unicode in every field)', () => {
  it('front matter parses back with a YAML 1.2 parser to exactly the same values', () => {
    const clippedAt = fc.oneof(fc.integer({ min: 0, max: 4_102_444_800_000 }), anyText);
    fc.assert(
      fc.property(clippingArb, clippedAt, fc.boolean(), (c, clipped, wikiLinks) => {
        const input = { ...c, clippedAt: clipped };
        const link = wikiLinks ? wikiLink : (s: string) => s;
        const fm = parse(frontMatterOf(clippingToMarkdown(input, { wikiLinks })));
        expect(fm).toEqual({
          title: c.title, url: c.url, canonical: c.canonicalUrl, site: c.site, author: c.author, published: c.published,
          clipped: isoTime(clipped), tags: c.tags, officials: c.officials.map((o) => link(o.name)),
          documents: c.documents.map((d) => link(documentDisplayId(d))),
        });
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('Markdown shows every text literally: no injected HTML, links, headings or emphasis', () => {
    const highlight = fc.record({ exact: anyText, note: fc.option(anyText, { nil: undefined }) });
    const input = fc.record({
      title: visibleText, note: anyText, userHighlights: fc.array(highlight, { maxLength: 3 }),
      officials: fc.array(officialArb, { maxLength: 2 }), documents: fc.array(documentArb, { maxLength: 2 }),
    });
    fc.assert(
      fc.property(input, ({ title, note, userHighlights, officials, documents }) => {
        const c = { url: 'https://a.vn/x', canonicalUrl: 'https://a.vn/x', site: 's', author: null, published: null, markdown: 'Nội dung bài.', title, note, userHighlights, officials, documents, clippedAt: 0 };
        const html = renderMarkdown(bodyOf(clippingToMarkdown(c, { lang: 'en' })));
        const tags = [...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1]!.toLowerCase());
        expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
        const h1 = [...html.matchAll(/<h1>([^<]*)<\/h1>/g)].map((m) => decodeHtmlText(m[1]!));
        expect(h1).toEqual([expectedInlineText(title)]);
        const quoted = userHighlights.filter((h) => !isBlankInline(h.exact) || !isBlankInline(h.note ?? ''));
        const h2 = [quoted.length > 0 && 'Highlights', officials.length > 0 && 'Officials', documents.length > 0 && 'Documents'].filter(Boolean);
        expect([...html.matchAll(/<h2>([^<]*)<\/h2>/g)].map((m) => m[1])).toEqual(h2);
        // Bold text is only ours: note labels, then each official's and document's name, shown literally.
        const strong = [...html.matchAll(/<strong>([^<]*)<\/strong>/g)].map((m) => decodeHtmlText(m[1]!));
        expect(strong).toEqual([
          ...quoted.filter((h) => !isBlankInline(h.note ?? '')).map(() => 'note:'),
          ...officials.map((o) => expectedInlineText(o.name)),
          ...documents.map((d) => expectedInlineText(d.surface)),
        ]);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('clippings CSV parses back to the same cells (formula-like cells neutralised)', () => {
    fc.assert(
      fc.property(clippingArb, (c) => {
        const rows = parseCsv(clippingsToCsv([c]).slice(1));
        expect(rows).toHaveLength(2);
        const cell = (name: (typeof CLIPPINGS_CSV_HEADER)[number]) => rows[1]![CLIPPINGS_CSV_HEADER.indexOf(name)];
        expect([cell('title'), cell('url'), cell('site'), cell('author'), cell('note')]).toEqual(
          [c.title, c.url, c.site, c.author ?? '', c.note].map(neutraliseCell),
        );
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('entity-mention CSV parses back to one row per mention with the same cells', () => {
    fc.assert(
      fc.property(clippingArb, (c) => {
        const rows = parseCsv(entityMentionsToCsv([c]).slice(1));
        expect(rows[0]).toEqual([...ENTITY_MENTIONS_CSV_HEADER]);
        const expected = [
          ...c.officials.flatMap((o) => (o.mentions.length ? o.mentions : [null]).map((m) => [o.key, o.name, m ? m.surface : o.name, m ? String(m.start) : ''])),
          ...c.documents.flatMap((d) => (d.mentions.length ? d.mentions : [null]).map((m) => [d.key, documentDisplayId(d), m ? m.surface : d.surface, m ? String(m.start) : ''])),
        ];
        const at = (name: (typeof ENTITY_MENTIONS_CSV_HEADER)[number]) => ENTITY_MENTIONS_CSV_HEADER.indexOf(name);
        expect(rows.slice(1).map((r) => [r[at('key')], r[at('name')], r[at('surface')], r[at('start')]])).toEqual(
          expected.map((cells) => cells.map(neutraliseCell)),
        );
        expect(rows.slice(1).every((r) => r.length === ENTITY_MENTIONS_CSV_HEADER.length && r[at('clipping_title')] === neutraliseCell(c.title))).toBe(true);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('JSON backup reads back to the same clippings and writes the same bytes again', () => {
    fc.assert(
      fc.property(clippingsArb, fc.integer({ min: 0, max: 4_102_444_800_000 }), (clippings, exportedAt) => {
        const json = clippingsToJson(clippings, exportedAt);
        const read = readClippingsBackup(json);
        if (!read.ok) throw new Error(read.problems.map((p) => p.en).join('\n'));
        expect(read.clippings).toEqual([...clippings].sort((a, b) => (a.id ?? Infinity) - (b.id ?? Infinity) || 0));
        expect(clippingsToJson(read.clippings, exportedAt)).toBe(json);
      }),
      RUNS,
    );
  }, TIMEOUT);
});
