import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteClipping } from '../../../utils/db/delete-clipping';
import { entityTimeline } from '../../../utils/db/entity-timeline';
import { importClippings } from '../../../utils/db/import-clippings';
import { getEntity, listEntities } from '../../../utils/db/list-entities';
import { restoreClipping } from '../../../utils/db/restore-clipping';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { documentRef, freshDb, official, sampleClipping } from './sample-clipping';

let db: TrichBaoDb;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

const THANH = 'official:tran sy thanh';
const url = (n: number) => `https://baotinh.example.vn/bai-${n}.html`;

/** Officials as [key, count] pairs, most clipped first. */
async function officialCounts(): Promise<[string, number][]> {
  return (await listEntities(db, { kind: 'official' })).rows.map((e) => [e.key, e.count]);
}

describe('utils/db entity index', () => {
  it('counts clippings per official and document across saves', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ canonicalUrl: url(1), officials: [official(THANH, 'Trần Sỹ Thanh', ['Bí thư Thành ủy'])] }), 1);
    await saveClipping(db, sampleClipping({ canonicalUrl: url(2), officials: [official(THANH, 'Trần Sĩ Thanh'), official('official:le van', 'Lê Văn')] }), 2);
    expect(await officialCounts()).toEqual([[THANH, 2], ['official:le van', 1]]);
    expect(await getEntity(db, THANH)).toMatchObject({ name: 'Trần Sĩ Thanh', aliases: ['Trần Sỹ Thanh'], detail: 'Bí thư Thành ủy', count: 2 });
    expect((await listEntities(db, { kind: 'document' })).rows.map((e) => [e.key, e.count])).toEqual([['nghi-quyet:12-nq/tu', 2]]);
  });

  it('does not count a re-clip twice and forgets entities the new version no longer names', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ canonicalUrl: url(1), officials: [official(THANH, 'Trần Sỹ Thanh')] }), 1);
    await saveClipping(db, sampleClipping({ canonicalUrl: url(1), officials: [official(THANH, 'Trần Sỹ Thanh')] }), 2);
    expect(await officialCounts()).toEqual([[THANH, 1]]);
    await saveClipping(db, sampleClipping({ canonicalUrl: url(1), officials: [] }), 3);
    expect(await officialCounts()).toEqual([]);
  });

  it('decrements on delete and comes back with undo (same id)', async () => {
    db = freshDb();
    const a = await saveClipping(db, sampleClipping({ canonicalUrl: url(1), officials: [official(THANH, 'Trần Sỹ Thanh')] }), 1);
    await saveClipping(db, sampleClipping({ canonicalUrl: url(2), officials: [official(THANH, 'Trần Sỹ Thanh')] }), 2);
    await deleteClipping(db, a.id!);
    expect(await officialCounts()).toEqual([[THANH, 1]]);
    expect(await restoreClipping(db, a)).toBe(true);
    expect(await officialCounts()).toEqual([[THANH, 2]]);
    expect((await db.clippings.get(a.id!))?.title).toBe(a.title);
  });

  it('does not restore over an article clipped again after the delete', async () => {
    db = freshDb();
    const a = await saveClipping(db, sampleClipping({ canonicalUrl: url(1) }), 1);
    await deleteClipping(db, a.id!);
    await saveClipping(db, sampleClipping({ canonicalUrl: url(1), title: 'Bản mới' }), 2);
    expect(await restoreClipping(db, a)).toBe(false);
    expect((await db.clippings.toArray()).map((c) => c.title)).toEqual(['Bản mới']);
    expect(await getEntity(db, 'nguyen van an')).toMatchObject({ count: 1 });
  });

  it('counts imported clippings', async () => {
    db = freshDb();
    const source = sampleClipping({ canonicalUrl: url(7), officials: [official(THANH, 'Trần Sỹ Thanh')] });
    await importClippings(db, [{ ...source, entityKeys: [], note: '', tags: [], clippedAt: 1, updatedAt: 1 }]);
    expect(await officialCounts()).toEqual([[THANH, 1]]);
  });

  it('leaves the counts untouched when a save fails (same transaction)', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ canonicalUrl: url(1) }), 1);
    vi.spyOn(db.entities, 'bulkPut').mockImplementation(() => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never);
    await expect(saveClipping(db, sampleClipping({ canonicalUrl: url(2) }), 2)).rejects.toMatchObject({ reason: 'quota' });
    vi.restoreAllMocks();
    expect(await db.clippings.count()).toBe(1);
    expect(await getEntity(db, 'nguyen van an')).toMatchObject({ count: 1 });
  });

  it.each([
    ['tran sy', [THANH]],
    ['Trần Sĩ', [THANH]],
    ['thanh', [THANH]],
    ['le', ['official:le van']],
    ['khong ai', []],
  ])('finds officials by typing %s', async (search, keys) => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ canonicalUrl: url(1), officials: [official(THANH, 'Trần Sỹ Thanh'), official('official:le van', 'Lê Văn')] }), 1);
    expect((await listEntities(db, { kind: 'official', search })).rows.map((e) => e.key)).toEqual(keys);
  });
});

describe('utils/db/entity-timeline', () => {
  it('lists the clippings of an entity by publication date, newest first, undated last', async () => {
    db = freshDb();
    const dates = ['2023-03-01T08:00:00+07:00', null, '2024-01-15T08:00:00+07:00', '2022-11-30T08:00:00+07:00'];
    for (const [i, published] of dates.entries()) {
      await saveClipping(db, sampleClipping({ canonicalUrl: url(i), title: `Bài ${i}`, published, officials: [official(THANH, 'Trần Sỹ Thanh')] }), i);
    }
    await saveClipping(db, sampleClipping({ canonicalUrl: url(9), title: 'Khác', officials: [] }), 9);
    const timeline = await entityTimeline(db, THANH);
    expect(timeline.total).toBe(4);
    expect(timeline.entry?.count).toBe(4);
    expect(timeline.rows.map((r) => r.title)).toEqual(['Bài 2', 'Bài 0', 'Bài 3', 'Bài 1']);
    const paged = await entityTimeline(db, THANH, { limit: 2, offset: 1 });
    expect(paged.rows.map((r) => r.title)).toEqual(['Bài 0', 'Bài 3']);
  });

  it('is empty for an unknown key', async () => {
    db = freshDb();
    expect(await entityTimeline(db, 'document:1-nq/tw')).toEqual({ entry: undefined, total: 0, rows: [] });
  });
});

describe('utils/db documents in the entity index', () => {
  it('keeps documents apart from officials', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ documents: [documentRef('document:57-nq/tw', 'Nghị quyết 57-NQ/TW')] }), 1);
    expect((await listEntities(db, { kind: 'document', search: 'nghi quyet 57' })).rows.map((e) => e.name)).toEqual(['Nghị quyết 57-NQ/TW']);
    expect((await listEntities(db, { kind: 'official', search: 'nghi quyet' })).rows).toEqual([]);
  });
});
