import { describe, expect, it } from 'vitest';
import { clippingsToJson } from '../../../utils/export/clippings-to-json';
import { BackupFormatError, parseClippingsBackup } from '../../../utils/export/parse-clippings-backup';
import { clipping, HOSTILE } from './sample';

describe('utils/export/parse-clippings-backup', () => {
  it('reads back what clippingsToJson wrote, ids included', () => {
    const input = HOSTILE.map((s, i) => clipping({ id: i, title: s, note: s, tags: [s], canonicalUrl: `https://b.example/${i}` }));
    expect(parseClippingsBackup(clippingsToJson(input, 0))).toEqual(input);
  });

  it.each([
    ['not JSON', '{', '$'],
    ['another format', JSON.stringify({ format: 'other', version: 1, clippings: [] }), '$.format'],
    ['a future version', JSON.stringify({ format: 'trich-bao-backup', version: 3, clippings: [] }), '$.version'],
    ['a highlight without its page', JSON.stringify({ format: 'trich-bao-backup', version: 2, clippings: [], userHighlights: [{}] }), '$.userHighlights[0].pageKey'],
    ['clippings not a list', JSON.stringify({ format: 'trich-bao-backup', version: 1, clippings: {} }), '$.clippings'],
    ['a title that is not a string', clippingsToJson([clipping()], 0).replace('"title": "Tỉnh', '"title": 5, "x": "'), '$.clippings[0].title'],
    ['a clippedAt that is not a number', clippingsToJson([clipping()], 0).replace(/"clippedAt": \d+/, '"clippedAt": "hôm qua"'), '$.clippings[0].clippedAt'],
    ['a bad mention', clippingsToJson([clipping()], 0).replace(/"start": 0/, '"start": null'), '$.clippings[0].officials[0].mentions[0].start'],
  ])('refuses %s, naming where', (_label, json, path) => {
    const error = (() => { try { parseClippingsBackup(json); } catch (e) { return e; } })();
    expect(error).toBeInstanceOf(BackupFormatError);
    expect((error as BackupFormatError).path).toBe(path);
  });
});
