import { describe, expect, it } from 'vitest';
import type { Clipping } from '../../../utils/db/clipping';
import { clippingsToJson } from '../../../utils/export/clippings-to-json';
import { clipping, HOSTILE } from './sample';

/** The same clipping with its keys in reverse order, as another code path might build it. */
function reversedKeys(c: Clipping): Clipping {
  return Object.fromEntries(Object.entries(c).reverse()) as unknown as Clipping;
}

describe('utils/export/clippings-to-json', () => {
  it('writes the backup envelope with an ISO export time', () => {
    const backup = JSON.parse(clippingsToJson([clipping()], Date.UTC(2024, 0, 2)));
    expect(Object.keys(backup)).toEqual(['format', 'version', 'exportedAt', 'clippings']);
    expect(backup).toMatchObject({ format: 'trich-bao-backup', version: 1, exportedAt: '2024-01-02T00:00:00.000Z' });
    expect(backup.clippings).toEqual([clipping()]);
  });

  it('writes the same text whatever the key order of the input', () => {
    expect(clippingsToJson([reversedKeys(clipping())], 0)).toBe(clippingsToJson([clipping()], 0));
  });

  it('orders clipping keys from metadata to body', () => {
    const [row] = JSON.parse(clippingsToJson([clipping()], 0)).clippings;
    expect(Object.keys(row)).toEqual([
      'id', 'url', 'canonicalUrl', 'title', 'author', 'published', 'site', 'lang', 'note', 'tags', 'clippedAt',
      'updatedAt', 'entityKeys', 'officials', 'documents', 'markdown', 'text',
    ]);
  });

  it('round-trips hostile strings, lone surrogates included', () => {
    const input = HOSTILE.map((s, i) => clipping({ id: i, title: s, note: s, tags: [s] }));
    const back = JSON.parse(clippingsToJson(input, 0)).clippings;
    expect(back.map((c: Clipping) => c.title)).toEqual(HOSTILE);
    expect(back.map((c: Clipping) => c.note)).toEqual(HOSTILE);
  });

  it('writes id null for a clipping that was never stored', () => {
    const { id: _id, ...unsaved } = clipping();
    expect(JSON.parse(clippingsToJson([unsaved], 0)).clippings[0].id).toBeNull();
  });
});
