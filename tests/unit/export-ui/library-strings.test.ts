import { describe, expect, it } from 'vitest';
import { libraryHref, parseLibraryRoute } from '../../../components/library/library-route';
import { lt, ltf } from '../../../components/library/library-strings';

describe('components/library/library-strings (export and import)', () => {
  it.each([
    ['importDone', 'vi', 'Đã nhập xong: 2 bài mới, 1 bài cập nhật, 0 bài giữ nguyên.'],
    ['importDone', 'en', 'Import finished: 2 added, 1 updated, 0 unchanged.'],
  ] as const)('fills the placeholders of %s (%s)', (key, lang, text) => {
    expect(ltf(key, lang, { added: 2, updated: 1, skipped: 0 })).toBe(text);
  });

  it('leaves a placeholder it has no value for', () => {
    expect(ltf('importAdded', 'en', {})).toBe('add {n} new clippings');
  });

  it.each(['vi', 'en'] as const)('has the export panel strings in %s', (lang) => {
    expect(lt('navTransfer', lang)).not.toBe('');
    expect(lt('exportZip', lang)).toContain('.zip');
  });
});

describe('components/library/library-route (export view)', () => {
  it('reads #/export as the export and import view and writes it back', () => {
    expect(parseLibraryRoute('#/export')).toEqual({ view: 'transfer' });
    expect(libraryHref({ view: 'transfer' })).toBe('#/export');
  });
});
