import { afterEach, describe, expect, it } from 'vitest';
import { deleteClipping } from '../../../utils/db/delete-clipping';
import { countClippingsByEntity, findClippingsByEntity } from '../../../utils/db/find-clippings-by-entity';
import { getClipping, getClippingByCanonicalUrl } from '../../../utils/db/get-clipping';
import { countClippings, listClippings } from '../../../utils/db/list-clippings';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { updateClippingNote, updateClippingTags } from '../../../utils/db/update-clipping';
import { documentRef, freshDb, official, sampleClipping } from './sample-clipping';

let db: TrichBaoDb;
afterEach(() => db?.close());

/** Saves clippings a, b, c… at times 1, 2, 3… (inserted out of order to prove the index sorts). */
async function seed(times: number[]): Promise<void> {
  for (const t of times) {
    await saveClipping(
      db,
      sampleClipping({
        canonicalUrl: `https://baotinh.example.vn/bai-${t}.html`,
        title: `Bài ${t}`,
        officials: t % 2 === 0 ? [official('pham thi lan', 'Phạm Thị Lan')] : [],
        documents: [documentRef(`nghi-quyet:${t}-nq/tu`, `${t}-NQ/TU`)],
      }),
      t,
    );
  }
}

describe('utils/db/list-clippings', () => {
  it('lists newest first by clippedAt', async () => {
    db = freshDb();
    await seed([3, 1, 5, 2, 4]);
    expect((await listClippings(db)).map((c) => c.title)).toEqual(['Bài 5', 'Bài 4', 'Bài 3', 'Bài 2', 'Bài 1']);
    expect(await countClippings(db)).toBe(5);
  });

  it.each([
    [{ limit: 2 }, ['Bài 5', 'Bài 4']],
    [{ limit: 2, offset: 2 }, ['Bài 3', 'Bài 2']],
    [{ offset: 4 }, ['Bài 1']],
    [{ offset: 9 }, []],
  ])('pages with %o', async (page, titles) => {
    db = freshDb();
    await seed([1, 2, 3, 4, 5]);
    expect((await listClippings(db, page)).map((c) => c.title)).toEqual(titles);
  });

  it('keeps a re-clipped article at its first clip time', async () => {
    db = freshDb();
    await seed([1, 2]);
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://baotinh.example.vn/bai-1.html', title: 'Bài 1 sửa' }), 10);
    expect((await listClippings(db)).map((c) => c.title)).toEqual(['Bài 2', 'Bài 1 sửa']);
  });
});

describe('utils/db/find-clippings-by-entity', () => {
  it('finds every clipping mentioning an entity, newest first, through the multi-entry index', async () => {
    db = freshDb();
    await seed([1, 2, 3, 4]);
    expect((await findClippingsByEntity(db, 'pham thi lan')).map((c) => c.title)).toEqual(['Bài 4', 'Bài 2']);
    expect((await findClippingsByEntity(db, 'nghi-quyet:3-nq/tu')).map((c) => c.title)).toEqual(['Bài 3']);
    expect(await findClippingsByEntity(db, 'khong co')).toEqual([]);
  });

  it('counts clippings by entity', async () => {
    db = freshDb();
    await seed([1, 2, 3, 4, 6]);
    expect(await countClippingsByEntity(db, 'pham thi lan')).toBe(3);
    expect(await countClippingsByEntity(db, 'nghi-quyet:1-nq/tu')).toBe(1);
    expect(await countClippingsByEntity(db, 'khong co')).toBe(0);
  });

  it('stops finding an entity after a re-clip no longer mentions it', async () => {
    db = freshDb();
    await seed([2]);
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://baotinh.example.vn/bai-2.html', officials: [] }), 3);
    expect(await countClippingsByEntity(db, 'pham thi lan')).toBe(0);
  });
});

describe('utils/db/get-clipping, delete-clipping, update-clipping', () => {
  it('gets by id and by canonical URL', async () => {
    db = freshDb();
    const saved = await saveClipping(db, sampleClipping(), 1);
    expect(await getClipping(db, saved.id!)).toEqual(saved);
    expect(await getClippingByCanonicalUrl(db, saved.canonicalUrl)).toEqual(saved);
    expect(await getClipping(db, 12345)).toBeUndefined();
  });

  it('deletes one clipping and its index entries, and reports a missing id', async () => {
    db = freshDb();
    await seed([1, 2]);
    const [newest] = await listClippings(db);
    expect(await deleteClipping(db, newest!.id!)).toBe(true);
    expect(await deleteClipping(db, newest!.id!)).toBe(false);
    expect((await listClippings(db)).map((c) => c.title)).toEqual(['Bài 1']);
    expect(await countClippingsByEntity(db, 'pham thi lan')).toBe(0);
  });

  it('updates the note and the tags, bumping updatedAt only', async () => {
    db = freshDb();
    const saved = await saveClipping(db, sampleClipping(), 1);
    expect(await updateClippingNote(db, saved.id!, 'Ghi chú mới', 5)).toBe(true);
    expect(await updateClippingTags(db, saved.id!, ['Kinh tế', ' kinh tế ', 'Đảng'], 6)).toBe(true);
    const after = await getClipping(db, saved.id!);
    expect(after).toMatchObject({ note: 'Ghi chú mới', tags: ['Kinh tế', 'Đảng'], clippedAt: 1, updatedAt: 6 });
    expect((await db.clippings.where('tags').equals('Đảng').toArray()).map((c) => c.id)).toEqual([saved.id]);
  });

  it('reports false when updating a missing id', async () => {
    db = freshDb();
    expect(await updateClippingNote(db, 7, 'x', 1)).toBe(false);
    expect(await updateClippingTags(db, 7, ['x'], 1)).toBe(false);
  });
});
