import { afterEach, describe, expect, it } from 'vitest';
import { loadExportSelection } from '../../../components/library/load-export-selection';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { freshDb, sampleClipping } from '../db/sample-clipping';

let db: TrichBaoDb;
afterEach(() => db?.close());

async function three(): Promise<TrichBaoDb> {
  const d = freshDb();
  await saveClipping(d, sampleClipping({ canonicalUrl: 'https://a.example/1', title: 'Chợ nổi Cái Răng', site: 'Báo A' }), 1);
  await saveClipping(d, sampleClipping({ canonicalUrl: 'https://b.example/2', title: 'Bến xe mới', site: 'Báo B' }), 2);
  await saveClipping(d, sampleClipping({ canonicalUrl: 'https://a.example/3', title: 'An toàn giao thông', site: 'Báo A' }), 3);
  return d;
}

describe('components/library/load-export-selection', () => {
  it('loads every clipping, newest clipped first', async () => {
    db = await three();
    expect((await loadExportSelection(db, { kind: 'all' })).map((c) => c.title)).toEqual(['An toàn giao thông', 'Bến xe mới', 'Chợ nổi Cái Răng']);
  });

  it.each<[string, Parameters<typeof loadExportSelection>[1], string[]]>([
    ['a site filter, sorted by title', { kind: 'selection', search: '', sort: 'title', filter: { site: 'Báo A' } }, ['An toàn giao thông', 'Chợ nổi Cái Răng']],
    ['a search without diacritics', { kind: 'selection', search: 'ben xe', sort: 'clipped', filter: {} }, ['Bến xe mới']],
    ['a search that finds nothing', { kind: 'selection', search: 'không có', sort: 'clipped', filter: {} }, []],
  ])('loads the list\'s selection for %s, in the list\'s order', async (_, scope, titles) => {
    db = await three();
    expect((await loadExportSelection(db, scope)).map((c) => c.title)).toEqual(titles);
  });

  it('loads nothing from an empty library', async () => {
    db = freshDb();
    expect(await loadExportSelection(db, { kind: 'all' })).toEqual([]);
  });
});
