import { afterEach, describe, expect, it } from 'vitest';
import { getClipping } from '../../../utils/db/get-clipping';
import { saveClipping } from '../../../utils/db/save-clipping';
import { StorageError } from '../../../utils/db/storage-error';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { documentRef, freshDb, official, sampleClipping } from './sample-clipping';

let db: TrichBaoDb;
afterEach(() => db?.close());

describe('utils/db/save-clipping', () => {
  it('stores a new clipping with an id, entity keys, empty note and clip times', async () => {
    db = freshDb();
    const saved = await saveClipping(db, sampleClipping(), 1_000);
    expect(saved.id).toBeTypeOf('number');
    expect(saved).toMatchObject({ note: '', tags: [], clippedAt: 1_000, updatedAt: 1_000 });
    expect(saved.entityKeys).toEqual(['nguyen van an', 'nghi-quyet:12-nq/tu']);
    expect(await getClipping(db, saved.id!)).toEqual(saved);
  });

  it('updates the same row when the same canonical URL is clipped again, keeping id, clippedAt, note and tags', async () => {
    db = freshDb();
    const first = await saveClipping(db, sampleClipping({ note: 'Cần đọc kỹ', tags: ['chuyển đổi số'] }), 1_000);
    const again = await saveClipping(
      db,
      sampleClipping({ title: 'Hội nghị Tỉnh ủy (cập nhật)', officials: [], documents: [documentRef('nghi-quyet:7-nq/tu', '7-NQ/TU')] }),
      2_000,
    );
    expect(again.id).toBe(first.id);
    expect(again).toMatchObject({ title: 'Hội nghị Tỉnh ủy (cập nhật)', note: 'Cần đọc kỹ', tags: ['chuyển đổi số'], clippedAt: 1_000, updatedAt: 2_000 });
    expect(again.entityKeys).toEqual(['nghi-quyet:7-nq/tu']);
    expect(await db.clippings.count()).toBe(1);
    expect(await getClipping(db, first.id!)).toEqual(again);
  });

  it('replaces note and tags on a re-save when they are given', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ note: 'cũ', tags: ['a'] }), 1);
    const again = await saveClipping(db, sampleClipping({ note: '', tags: [' b ', 'B', ''] }), 2);
    expect(again).toMatchObject({ note: '', tags: ['b'] });
  });

  it('keeps one row when 20 saves of the same canonical URL race', async () => {
    db = freshDb();
    const saves = Array.from({ length: 20 }, (_, i) => saveClipping(db, sampleClipping({ title: `Bản ${i}` }), 1_000 + i));
    const results = await Promise.all(saves);
    expect(await db.clippings.count()).toBe(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    const [row] = await db.clippings.toArray();
    expect(row?.clippedAt).toBe(1_000);
    expect(row?.title).toBe('Bản 19');
  });

  it('keeps different canonical URLs apart', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping(), 1);
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://baotinh.example.vn/khac.html' }), 2);
    expect(await db.clippings.count()).toBe(2);
  });

  it('deduplicates entity keys shared by several entities', async () => {
    db = freshDb();
    const saved = await saveClipping(
      db,
      sampleClipping({ officials: [official('k', 'Trần Thị Mai'), official('k', 'Trần Thị Mai')], documents: [] }),
      1,
    );
    expect(saved.entityKeys).toEqual(['k']);
  });

  it('does not store properties outside the Clipping shape', async () => {
    db = freshDb();
    const input = { ...sampleClipping(), id: 999, entityKeys: ['forged'], selected: true };
    const saved = await saveClipping(db, input, 1);
    expect(saved.id).not.toBe(999);
    expect(saved.entityKeys).not.toContain('forged');
    expect(Object.keys((await getClipping(db, saved.id!))!)).not.toContain('selected');
  });

  it('rejects an empty canonical URL with an invalid StorageError', async () => {
    db = freshDb();
    await expect(saveClipping(db, sampleClipping({ canonicalUrl: '' }), 1)).rejects.toMatchObject({ name: 'StorageError', reason: 'invalid' });
    await expect(saveClipping(db, sampleClipping({ canonicalUrl: '' }), 1)).rejects.toBeInstanceOf(StorageError);
    expect(await db.clippings.count()).toBe(0);
  });
});
