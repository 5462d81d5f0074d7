import { describe, expect, it } from 'vitest';
import type { Clipping } from '../../../utils/db/clipping';
import type { UserHighlight } from '../../../utils/db/user-highlight';
import { clippingsToJson } from '../../../utils/export/clippings-to-json';
import { clipping, HOSTILE } from './sample';

/** A stored highlight on the sample's page (our own text). */
function highlight(overrides: Partial<UserHighlight> = {}): UserHighlight {
  return {
    id: 4, pageKey: clipping().canonicalUrl, url: clipping().url, scope: 'article',
    target: { selectors: [{ type: 'TextPositionSelector', start: 10, end: 22 }, { type: 'TextQuoteSelector', exact: 'họp bàn kế h', prefix: 'Sáng nay, ', suffix: 'oạch' }] },
    note: 'xem lại "số liệu"\n# không phải tiêu đề', createdAt: 1_700_000_000_000, orphan: false, checkedAt: 0, ...overrides,
  };
}

/** The same clipping with its keys in reverse order, as another code path might build it. */
function reversedKeys(c: Clipping): Clipping {
  return Object.fromEntries(Object.entries(c).reverse()) as unknown as Clipping;
}

describe('utils/export/clippings-to-json', () => {
  it('writes the backup envelope with an ISO export time', () => {
    const backup = JSON.parse(clippingsToJson([clipping()], Date.UTC(2024, 0, 2)));
    expect(Object.keys(backup)).toEqual(['format', 'version', 'exportedAt', 'clippings', 'userHighlights']);
    expect(backup).toMatchObject({ format: 'trich-bao-backup', version: 2, exportedAt: '2024-01-02T00:00:00.000Z', userHighlights: [] });
    expect(backup.clippings).toEqual([clipping()]);
  });

  it('writes the reader\'s highlights by id with a stable key order, whatever the order given', () => {
    const later = highlight({ id: 9, note: '', orphan: true, checkedAt: 5 });
    const backup = JSON.parse(clippingsToJson([clipping()], 0, [later, highlight()]));
    expect(backup.userHighlights).toEqual([highlight(), later]);
    expect(Object.keys(backup.userHighlights[0])).toEqual(['id', 'pageKey', 'url', 'scope', 'target', 'note', 'createdAt', 'orphan', 'checkedAt']);
    expect(Object.keys(backup.userHighlights[0].target.selectors[1])).toEqual(['type', 'exact', 'prefix', 'suffix']);
    const reversed = Object.fromEntries(Object.entries(highlight()).reverse()) as unknown as UserHighlight;
    expect(clippingsToJson([], 0, [reversed])).toBe(clippingsToJson([], 0, [highlight()]));
  });

  it('leaves out fields a highlight row may carry besides its own', () => {
    const stray = { ...highlight(), trusted: true } as UserHighlight;
    expect(JSON.parse(clippingsToJson([], 0, [stray])).userHighlights[0]).not.toHaveProperty('trusted');
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
