import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import { buildExport, EXPORT_KINDS, exportFileName, type ExportKind } from '../../../components/library/build-export';
import type { Clipping } from '../../../utils/db/clipping';
import { readClippingsBackup } from '../../../utils/export/read-clippings-backup';
import { sampleClipping } from '../db/sample-clipping';

const noPause = () => Promise.resolve();
// Noon local time, so the local date is the same in every time zone the tests run in.
const NOW = new Date(2025, 2, 9, 12, 0, 0).getTime();

function stored(id: number, title: string, canonicalUrl: string): Clipping {
  return { ...sampleClipping({ title, canonicalUrl }), id, entityKeys: [], note: 'ghi chú', tags: ['đô thị'], clippedAt: NOW - id, updatedAt: NOW - id };
}

const two = [stored(1, 'Hội đồng nhân dân tỉnh họp kỳ thứ 9', 'https://b.example/1'), stored(2, 'Đường ven biển thông xe', 'https://b.example/2')];

const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

describe('components/library/build-export', () => {
  it.each<[ExportKind, string]>([
    ['markdown', 'trich-bao/trich-bao-2025-03-09.md'],
    ['zip', 'trich-bao/trich-bao-2025-03-09.zip'],
    ['json', 'trich-bao/trich-bao-backup-2025-03-09.json'],
    ['csv', 'trich-bao/trich-bao-clippings-2025-03-09.csv'],
    ['entities-csv', 'trich-bao/trich-bao-entities-2025-03-09.csv'],
  ])('names the %s file after the local date', (kind, name) => {
    expect(exportFileName(kind, NOW)).toBe(name);
  });

  it.each<[ExportKind, string]>([
    ['markdown', 'text/markdown;charset=utf-8'],
    ['json', 'application/json;charset=utf-8'],
    ['csv', 'text/csv;charset=utf-8'],
    ['entities-csv', 'text/csv;charset=utf-8'],
    ['zip', 'application/zip'],
  ])('gives the %s blob the type %s', async (kind, type) => {
    const file = await buildExport(kind, two, { now: NOW, yieldToPage: noPause });
    expect(file.blob.type).toBe(type);
    expect(file.filename).toBe(exportFileName(kind, NOW));
  });

  it('writes every clipping into one Markdown file, with wiki links when asked', async () => {
    const text = await (await buildExport('markdown', two, { now: NOW, wikiLinks: true, lang: 'vi' })).blob.text();
    expect(text).toContain('# Hội đồng nhân dân tỉnh họp kỳ thứ 9');
    expect(text).toContain('# Đường ven biển thông xe');
    expect(text).toContain('[[Nguyễn Văn An]]');
    const front = parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;
    expect(front).toMatchObject({ format: 'trich-bao-markdown', count: 2, exported: new Date(NOW).toISOString() });
  });

  it('writes a JSON backup that reads back to the same clippings', async () => {
    const text = await (await buildExport('json', two, { now: NOW })).blob.text();
    const read = readClippingsBackup(text);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.clippings.map((c) => [c.id, c.title, c.note, c.tags])).toEqual(two.map((c) => [c.id, c.title, c.note, c.tags]));
  });

  it('writes the CSVs as UTF-8 with a byte order mark', async () => {
    for (const kind of ['csv', 'entities-csv'] as const) {
      const bytes = await bytesOf((await buildExport(kind, two, { now: NOW })).blob);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder().decode(bytes)).toContain(kind === 'csv' ? 'Đường ven biển thông xe' : 'Nguyễn Văn An');
    }
  });

  it('zips one Markdown file per clipping plus entities.csv, reporting progress to the end', async () => {
    const progress: Array<[number, number]> = [];
    const file = await buildExport('zip', two, { now: NOW, yieldToPage: noPause, onProgress: (done, total) => progress.push([done, total]) });
    const files = unzipSync(await bytesOf(file.blob));
    expect(Object.keys(files).sort()).toEqual(['duong-ven-bien-thong-xe.md', 'entities.csv', 'hoi-dong-nhan-dan-tinh-hop-ky-thu-9.md']);
    const markdown = strFromU8(files['duong-ven-bien-thong-xe.md']!);
    expect(parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!)).toMatchObject({ title: 'Đường ven biển thông xe', tags: ['đô thị'] });
    expect(progress.at(-1)).toEqual([3, 3]);
  });

  it('stops a zip when the signal is aborted', async () => {
    const many = Array.from({ length: 400 }, (_, i) => stored(i + 1, `Bài số ${i + 1}`, `https://b.example/${i + 1}`));
    const abort = new AbortController();
    const built = buildExport('zip', many, { now: NOW, sliceMs: 0, signal: abort.signal, yieldToPage: async () => abort.abort() });
    await expect(built).rejects.toThrow();
    expect(abort.signal.aborted).toBe(true);
  });

  it('offers every kind once', () => {
    expect(new Set(EXPORT_KINDS).size).toBe(5);
  });
});
