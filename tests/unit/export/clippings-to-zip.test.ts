import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { clippingToMarkdown } from '../../../utils/export/clipping-to-markdown';
import { clippingsToZip } from '../../../utils/export/clippings-to-zip';
import { crc32 } from '../../../utils/export/crc32';
import { entityMentionsToCsv } from '../../../utils/export/entity-mentions-to-csv';
import { clipping } from './sample';

const noPause = async () => {};
const bytes = (parts: Uint8Array[]) => new Uint8Array(Buffer.concat(parts));
const text = (b: Uint8Array | undefined) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

const three = [
  clipping({ id: 1, title: 'Tỉnh ủy họp bàn kế hoạch năm 2024', canonicalUrl: 'https://b.example/1' }),
  clipping({ id: 2, title: 'Tinh uy hop ban ke hoach nam 2024', canonicalUrl: 'https://b.example/2' }),
  clipping({ id: 3, title: 'Đại hội Đảng bộ tỉnh', canonicalUrl: 'https://b.example/3', officials: [], documents: [] }),
];

describe('utils/export/clippings-to-zip', () => {
  it.each([0, 6] as const)('holds one Markdown file per clipping and entities.csv (level %i)', async (level) => {
    const files = unzipSync(bytes(await clippingsToZip(three, { level, exportedAt: 0, yieldToPage: noPause })));
    expect(Object.keys(files)).toEqual([
      'tinh-uy-hop-ban-ke-hoach-nam-2024.md', 'tinh-uy-hop-ban-ke-hoach-nam-2024-2.md', 'dai-hoi-dang-bo-tinh.md', 'entities.csv',
    ]);
    expect(text(files['tinh-uy-hop-ban-ke-hoach-nam-2024-2.md'])).toBe(clippingToMarkdown(three[1]!));
    expect(text(files['entities.csv'])).toBe(entityMentionsToCsv(three));
  });

  it('passes Markdown options (language, wiki links) to every file', async () => {
    const files = unzipSync(bytes(await clippingsToZip(three.slice(0, 1), { lang: 'vi', wikiLinks: true, yieldToPage: noPause })));
    expect(text(files['tinh-uy-hop-ban-ke-hoach-nam-2024.md'])).toBe(clippingToMarkdown(three[0]!, { lang: 'vi', wikiLinks: true }));
  });

  it('writes the same bytes for the same clippings and export time', async () => {
    const a = bytes(await clippingsToZip(three, { exportedAt: 5, yieldToPage: noPause }));
    const b = bytes(await clippingsToZip(three, { exportedAt: 5, yieldToPage: noPause }));
    expect(Buffer.compare(a, b)).toBe(0);
  });

  it('records checksums an unzip tool accepts', async () => {
    const files = unzipSync(bytes(await clippingsToZip(three, { level: 0, yieldToPage: noPause })));
    // fflate's unzip does not check CRCs: compare the central directory's with zlib's.
    const zip = bytes(await clippingsToZip(three, { level: 0, exportedAt: 0, yieldToPage: noPause }));
    const view = Buffer.from(zip);
    const crcs: number[] = [];
    for (let at = view.indexOf('PK\u0001\u0002', 0, 'latin1'); at !== -1; at = view.indexOf('PK\u0001\u0002', at + 4, 'latin1')) crcs.push(view.readUInt32LE(at + 16));
    expect(crcs).toEqual(Object.values(files).map((f) => zlibCrc32(f)));
  });

  it('reports progress up to the total and pauses when a slice runs out', async () => {
    const many = Array.from({ length: 300 }, (_, i) => clipping({ id: i + 1, title: `Bài số ${i}` }));
    const seen: Array<[number, number]> = [];
    let pauses = 0;
    await clippingsToZip(many, { sliceMs: 0, onProgress: (done, total) => seen.push([done, total]), yieldToPage: async () => { pauses++; } });
    expect(pauses).toBeGreaterThan(100);
    expect(seen.at(-1)).toEqual([301, 301]);
    expect(seen.every(([done], i) => i === 0 || done >= seen[i - 1]![0])).toBe(true);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    const work = clippingsToZip(Array.from({ length: 50 }, () => clipping()), {
      sliceMs: 0, signal: controller.signal, yieldToPage: async () => controller.abort(new Error('đã hủy')),
    });
    await expect(work).rejects.toThrow('đã hủy');
  });

  it('makes an empty library a zip with only entities.csv', async () => {
    expect(Object.keys(unzipSync(bytes(await clippingsToZip([], { yieldToPage: noPause }))))).toEqual(['entities.csv']);
  });
});

describe('utils/export/crc32', () => {
  it('agrees with zlib on any bytes, in one piece or two', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), fc.nat(100), (data, cut) => {
        const expected = zlibCrc32(data);
        expect(crc32(data) >>> 0).toBe(expected);
        expect(crc32(data.subarray(cut), crc32(data.subarray(0, cut))) >>> 0).toBe(expected);
      }),
      { numRuns: 2_000 },
    );
  });
});
