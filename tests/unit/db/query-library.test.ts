import { afterEach, describe, expect, it } from 'vitest';
import { listFacets, queryLibrary } from '../../../utils/db/query-library';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { updateClippingNote, updateClippingTags } from '../../../utils/db/update-clipping';
import { documentRef, freshDb, official, sampleClipping } from './sample-clipping';

let db: TrichBaoDb;
afterEach(() => db?.close());

const ARTICLES = [
  { title: 'Triển khai Nghị quyết 57-NQ/TW về khoa học', site: 'Báo A', published: '2024-02-01T08:00:00Z', tags: ['khoa học'],
    documents: [documentRef('document:57-nq/tw', 'Nghị quyết 57-NQ/TW')], officials: [] },
  { title: 'Ông Trần Sỹ Thanh tiếp xúc cử tri', site: 'Báo B', published: '2023-05-10T08:00:00Z', tags: [],
    documents: [], officials: [official('official:tran sy thanh', 'Trần Sỹ Thanh')] },
  { title: 'Ủy ban nhân dân họp phiên thường kỳ', site: 'Báo A', published: null, tags: ['chính quyền'], documents: [], officials: [] },
  { title: 'Đường sắt cao tốc: bàn về nghi quyet 57', site: 'Báo C', published: '2024-06-01T08:00:00Z', tags: ['khoa học'],
    documents: [], officials: [] },
];

/** Saves the articles at clip times 1, 2, 3, 4; returns their ids in that order. */
async function seed(): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, a] of ARTICLES.entries()) {
    const saved = await saveClipping(db, sampleClipping({ ...a, canonicalUrl: `https://x.example/${i}`, text: `Nội dung bài ${i}.` }), i + 1);
    ids.push(saved.id!);
  }
  return ids;
}

const titles = async (q: Parameters<typeof queryLibrary>[1]) => (await queryLibrary(db, q)).rows.map((r) => r.title);

describe('utils/db/query-library', () => {
  it.each([
    ['clipped', [3, 2, 1, 0]],
    ['published', [3, 0, 1, 2]],
    ['title', [3, 1, 0, 2]], // Đ sorts with D, Ủ with U
  ] as const)('sorts by %s', async (sort, order) => {
    db = freshDb();
    await seed();
    expect(await titles({ sort })).toEqual(order.map((i) => ARTICLES[i]!.title));
  });

  it.each([
    ['nghi quyet 57', [3, 0]], // unaccented: both titles match, newest first
    ['Nghị quyết 57', [0, 3]],
    ['tran sy thanh', [1]],
    ['uy ban', [2]],
    ['uỷ ban', [2]],
    ['duong sat', [3]],
    ['bao a', [2, 0]],
    ['khoa', [3, 0]],
    ['noi dung bai 2', [2]],
  ])('search %s finds %j', async (search, order) => {
    db = freshDb();
    await seed();
    expect(await titles({ search })).toEqual(order.map((i) => ARTICLES[i]!.title));
  });

  it('ranks the accented match above the unaccented one when the search is accented', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://x.example/a', title: 'Bàn về nghi quyet 57' }), 2);
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://x.example/b', title: 'Bàn về Nghị quyết 57' }), 1);
    expect(await titles({ search: 'Nghị quyết 57' })).toEqual(['Bàn về Nghị quyết 57', 'Bàn về nghi quyet 57']);
  });

  it.each([
    [{ site: 'Báo A' }, [2, 0]],
    [{ tag: 'khoa học' }, [3, 0]],
    [{ entityKey: 'official:tran sy thanh' }, [1]],
    [{ from: Date.parse('2024-01-01T00:00:00Z') }, [3, 0]],
    [{ to: Date.parse('2024-01-01T00:00:00Z') }, [1]],
    [{ dateField: 'clipped' as const, from: 2, to: 3 }, [2, 1]],
    [{ site: 'Báo A', tag: 'khoa học' }, [0]],
    [{ site: 'Không có' }, []],
  ])('filters by %o', async (filter, order) => {
    db = freshDb();
    await seed();
    expect(await titles({ filter })).toEqual(order.map((i) => ARTICLES[i]!.title));
  });

  it('combines search, filters and paging with a total', async () => {
    db = freshDb();
    await seed();
    const page = await queryLibrary(db, { search: 'khoa', filter: { site: 'Báo C' } });
    expect(page.total).toBe(1);
    const all = await queryLibrary(db, { limit: 2, offset: 1 });
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.title)).toEqual([ARTICLES[2]!.title, ARTICLES[1]!.title]);
  });

  it('finds a clipping by its note and new tags once edited', async () => {
    db = freshDb();
    const [id] = await seed();
    await updateClippingNote(db, id!, 'Cần hỏi ý kiến chuyên gia', 10);
    await updateClippingTags(db, id!, ['Đổi mới sáng tạo'], 11);
    expect(await titles({ search: 'chuyen gia' })).toEqual([ARTICLES[0]!.title]);
    expect(await titles({ search: 'doi moi sang tao' })).toEqual([ARTICLES[0]!.title]);
    expect(await titles({ search: 'khoa hoc', filter: { tag: 'khoa học' } })).toEqual([ARTICLES[3]!.title]);
  });

  it('lists sites and tags for the filter menus', async () => {
    db = freshDb();
    await seed();
    expect(await listFacets(db)).toEqual({ sites: ['Báo A', 'Báo B', 'Báo C'], tags: ['chính quyền', 'khoa học'] });
  });
});
