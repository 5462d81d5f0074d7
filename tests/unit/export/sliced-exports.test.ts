import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UserHighlight } from '../../../utils/db/user-highlight';
import { clippingsToJson, clippingsToJsonParts } from '../../../utils/export/clippings-to-json';
import { clippingsToMarkdown, clippingsToMarkdownParts } from '../../../utils/export/clippings-to-markdown';
import { entityMentionsToCsv, entityMentionsToCsvParts } from '../../../utils/export/entity-mentions-to-csv';
import { mapInSlices } from '../../../utils/export/map-in-slices';
import { readClippingsBackup, readClippingsBackupInSlices } from '../../../utils/export/read-clippings-backup';
import { anyText, clippingsArb } from './arbitraries';
import { clipping } from './sample';

/** Pauses at every item (a zero-length slice) and counts the pauses. */
function everyItem() {
  const seen = { pauses: 0, progress: [] as Array<[number, number]> };
  return {
    seen,
    options: {
      sliceMs: 0,
      yieldToPage: async () => { seen.pauses++; },
      onProgress: (done: number, total: number) => { seen.progress.push([done, total]); },
    },
  };
}

/** A stored highlight on the sample's page, with hostile text in its quote and note. */
const highlightArb: fc.Arbitrary<UserHighlight> = fc.record({
  id: fc.nat(1000), exact: anyText, prefix: anyText, note: anyText, orphan: fc.boolean(),
}).map(({ id, exact, prefix, note, orphan }) => ({
  id, pageKey: clipping().canonicalUrl, url: clipping().url, scope: 'article',
  target: { selectors: [{ type: 'TextPositionSelector', start: 3, end: 9 }, { type: 'TextQuoteSelector', exact, prefix, suffix: '' }] },
  note, createdAt: 1_700_000_000_000, orphan, checkedAt: 0,
}));

const MANY = Array.from({ length: 7 }, (_, i) => clipping({ id: 7 - i, title: `Bài số ${i}: "trích" <dẫn>\n---` }));

describe('utils/export (sliced builders)', () => {
  it('maps every item in order, pausing between slices and reporting progress up to the total', async () => {
    const { seen, options } = everyItem();
    expect(await mapInSlices([1, 2, 3], (n, i) => n * 10 + i, options)).toEqual([10, 21, 32]);
    expect(seen.pauses).toBe(3);
    expect(seen.progress).toEqual([[0, 3], [1, 3], [2, 3], [3, 3]]);
  });

  it('stops at the next slice boundary when aborted', async () => {
    const abort = new AbortController();
    const done: number[] = [];
    const run = mapInSlices([1, 2, 3, 4], (n) => { done.push(n); if (n === 2) abort.abort(new Error('huỷ')); }, { sliceMs: 0, yieldToPage: async () => {}, signal: abort.signal });
    await expect(run).rejects.toThrow('huỷ');
    expect(done).toEqual([1, 2]);
  });

  it('writes the same Markdown file in parts as in one string, pausing between clippings', async () => {
    const { seen, options } = everyItem();
    const parts = await clippingsToMarkdownParts(MANY, { exportedAt: 5, wikiLinks: true, lang: 'vi', ...options });
    expect(parts.join('')).toBe(clippingsToMarkdown(MANY, { exportedAt: 5, wikiLinks: true, lang: 'vi' }));
    expect(seen.pauses).toBe(MANY.length);
    expect((await clippingsToMarkdownParts([])).join('')).toBe(clippingsToMarkdown([]));
  });

  it('writes byte for byte the same JSON backup in parts, for any clippings and highlights', async () => {
    await fc.assert(
      fc.asyncProperty(clippingsArb, fc.array(highlightArb, { maxLength: 3 }), async (clippings, highlights) => {
        const parts = await clippingsToJsonParts(clippings, 0, highlights, { sliceMs: 0, yieldToPage: async () => {} });
        expect(parts.join('')).toBe(clippingsToJson(clippings, 0, highlights));
      }),
      { numRuns: 300 },
    );
  });

  it('reports JSON progress over clippings and highlights together', async () => {
    const { seen, options } = everyItem();
    await clippingsToJsonParts(MANY.slice(0, 2), '2024-01-01T00:00:00.000Z', [], options);
    expect(seen.progress.at(-1)).toEqual([2, 2]);
    expect(seen.progress.every(([, total]) => total === 2)).toBe(true);
  });

  it('writes the same entities.csv in parts', async () => {
    expect((await entityMentionsToCsvParts(MANY, { sliceMs: 0, yieldToPage: async () => {} })).join('')).toBe(entityMentionsToCsv(MANY));
  });

  it('reads a backup in slices to the same result as in one pass, good or damaged', async () => {
    const good = clippingsToJson(MANY, 0);
    const damaged = good.replace('"title": "Bài số 3', '"title": 3, "x": "');
    const { seen, options } = everyItem();
    expect(await readClippingsBackupInSlices(good, options)).toEqual(readClippingsBackup(good));
    expect(seen.pauses).toBe(MANY.length);
    expect(seen.progress.at(-1)).toEqual([MANY.length, MANY.length]);
    const bad = await readClippingsBackupInSlices(damaged, { sliceMs: 0, yieldToPage: async () => {} });
    expect(bad).toEqual(readClippingsBackup(damaged));
    expect(bad.ok).toBe(false);
    expect(await readClippingsBackupInSlices('{"format":')).toEqual(readClippingsBackup('{"format":'));
  });
});
