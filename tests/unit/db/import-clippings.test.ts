import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Clipping } from '../../../utils/db/clipping';
import { findClippingsByEntity } from '../../../utils/db/find-clippings-by-entity';
import { importClippings } from '../../../utils/db/import-clippings';
import { listClippings } from '../../../utils/db/list-clippings';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { clippingsToJson } from '../../../utils/export/clippings-to-json';
import { parseClippingsBackup } from '../../../utils/export/parse-clippings-backup';
import { freshDb, sampleClipping } from './sample-clipping';

let db: TrichBaoDb;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

/** A stored-shaped clipping for canonical URL `n`. */
function stored(n: number, clippedAt: number, updatedAt: number, title = `Bài ${n}`): Clipping {
  return { ...sampleClipping({ canonicalUrl: `https://b.example/${n}`, title }), entityKeys: [], note: '', tags: [], clippedAt, updatedAt };
}

describe('utils/db/import-clippings', () => {
  it('restores a JSON backup into an empty database with its entity index', async () => {
    const source = freshDb();
    await saveClipping(source, sampleClipping({ note: 'ghi chú', tags: ['x'] }), 5);
    await saveClipping(source, sampleClipping({ canonicalUrl: 'https://b.example/2', title: 'Hai' }), 6);
    const json = clippingsToJson(await listClippings(source), 10);
    source.close();
    db = freshDb();
    expect(await importClippings(db, parseClippingsBackup(json))).toEqual({ added: 2, updated: 0, skipped: 0 });
    const restored = await listClippings(db);
    expect(restored.map((c) => [c.title, c.note, c.clippedAt])).toEqual([['Hai', '', 6], [sampleClipping().title, 'ghi chú', 5]]);
    expect(await findClippingsByEntity(db, 'nguyen van an')).toHaveLength(2);
  });

  it('keeps the newer copy of an article and the earliest clip time', async () => {
    db = freshDb();
    await importClippings(db, [stored(1, 100, 200, 'cũ'), stored(2, 100, 900, 'mới ở đây')]);
    const result = await importClippings(db, [stored(1, 50, 300, 'mới từ bản sao'), stored(2, 100, 800, 'cũ từ bản sao'), stored(3, 1, 1)]);
    expect(result).toEqual({ added: 1, updated: 1, skipped: 1 });
    const byUrl = Object.fromEntries((await listClippings(db)).map((c) => [c.canonicalUrl, c]));
    expect(byUrl['https://b.example/1']).toMatchObject({ title: 'mới từ bản sao', clippedAt: 50, updatedAt: 300 });
    expect(byUrl['https://b.example/2']).toMatchObject({ title: 'mới ở đây' });
    expect(await db.clippings.count()).toBe(3);
  });

  it('imports nothing when one row fails (one transaction)', async () => {
    db = freshDb();
    // Rows with a backup id are written first, then the others: fail the second batch.
    vi.spyOn(db.clippings, 'bulkAdd').mockImplementation(() => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never);
    await expect(importClippings(db, [{ ...stored(1, 1, 1), id: 7 }, stored(2, 2, 2)])).rejects.toMatchObject({ reason: 'quota' });
    vi.restoreAllMocks();
    expect([await db.clippings.count(), await db.entities.count()]).toEqual([0, 0]);
  });

  it('writes each article once when the file holds several copies of it, the last edited winning', async () => {
    db = freshDb();
    const result = await importClippings(db, [stored(1, 40, 100, 'một'), stored(1, 30, 300, 'ba'), stored(1, 20, 200, 'hai')]);
    expect(result).toEqual({ added: 1, updated: 1, skipped: 1 });
    expect((await listClippings(db)).map((c) => [c.title, c.clippedAt])).toEqual([['ba', 30]]);
    expect(await findClippingsByEntity(db, 'nguyen van an')).toHaveLength(1);
    expect((await db.entities.get('nguyen van an'))?.count).toBe(1);
  });

  it('gives a backup id that is taken here to no row, and a free one to the first row asking', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://co-san.example/1' }), 1); // id 1
    await importClippings(db, [{ ...stored(2, 2, 2), id: 1 }, { ...stored(3, 3, 3), id: 5 }, { ...stored(4, 4, 4), id: 5 }]);
    const ids = Object.fromEntries((await listClippings(db)).map((c) => [c.canonicalUrl, c.id]));
    expect(ids['https://co-san.example/1']).toBe(1);
    expect(ids['https://b.example/3']).toBe(5);
    expect(new Set(Object.values(ids)).size).toBe(4);
  });
});
