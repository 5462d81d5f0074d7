import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { StoredClipping } from '../../../utils/db/clipping';
import { deleteClipping } from '../../../utils/db/delete-clipping';
import { deriveIndexFields } from '../../../utils/db/derive-index-fields';
import { entityKeys } from '../../../utils/db/entity-keys';
import { getClipping, getClippingByCanonicalUrl } from '../../../utils/db/get-clipping';
import { queryLibrary } from '../../../utils/db/query-library';
import { saveClipping } from '../../../utils/db/save-clipping';
import { createDb, type TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { updateClippingNote } from '../../../utils/db/update-clipping';
import { upgradeToV2 } from '../../../utils/db/upgrade-to-v2';
import { official, sampleClipping } from './sample-clipping';

/** The schemas exactly as versions 1 to 3 shipped them. */
const V1 = { clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags' };
const V2 = {
  clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags, publishedAt, sortTitle, *searchTokens',
  entities: '&key, [kind+count], *tokens',
};
const V3 = { userHighlights: '++id, pageKey, createdAt' };

/** An old-shaped row (body inside), ids with a gap as after a delete. */
function v3Row(id: number): StoredClipping {
  const base = sampleClipping({
    canonicalUrl: `https://baotinh.example.vn/bai-${id}.html`, title: `Bài ${id}: Sở Xây dựng rà soát dự án`,
    markdown: `## Phần ${id}\n\nTỉnh **${id}** giao việc cho Sở.`, text: `Phần ${id}. Tỉnh ${id} giao việc cho Sở đường thủy.`,
    officials: [official(`official:vo thi ${id}`, `Võ Thị Mai ${id}`, ['Giám đốc Sở'])],
  });
  const c = { ...base, id, entityKeys: entityKeys(base), note: id === 4 ? 'ghi chú' : '', tags: [], clippedAt: id, updatedAt: id };
  return { ...c, ...deriveIndexFields(c) } as StoredClipping;
}
const IDS = [1, 2, 4, 7];

let factory: IDBFactory;
let db: TrichBaoDb | undefined;
afterEach(() => db?.close());

/** A database exactly as version 3 leaves it, with old-shaped rows and a highlight. */
async function writeV3(name: string): Promise<StoredClipping[]> {
  const v3 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  v3.version(1).stores(V1);
  v3.version(2).stores(V2).upgrade(upgradeToV2);
  v3.version(3).stores(V3);
  await v3.table('clippings').bulkAdd(IDS.map(v3Row));
  await v3.table('entities').put({ key: 'official:vo thi 1', kind: 'official', name: 'Võ Thị Mai 1', aliases: [], detail: '', count: 1, tokens: ['vo'] });
  await v3.table('userHighlights').add({ pageKey: 'https://baotinh.example.vn/bai-2.html', url: 'u', scope: 'article', target: { selectors: [] }, note: 'n', createdAt: 1, orphan: false, checkedAt: 0 });
  const rows = (await v3.table('clippings').orderBy('id').toArray()) as StoredClipping[];
  v3.close();
  return rows;
}

describe('utils/db/trich-bao-db version 4', () => {
  it('moves every body into clippingBodies under the same id, keeping every other field of every row', async () => {
    factory = new IDBFactory();
    const before = await writeV3('v4-1');
    db = createDb('v4-1', { indexedDB: factory, IDBKeyRange });
    const rows = await db.clippings.orderBy('id').toArray();
    expect(db.verno).toBe(5); // later versions run too
    expect(rows.map((r) => r.id)).toEqual(IDS);
    // Version 5 runs too: it moves the search tokens next to the body and adds order keys.
    expect(rows).toEqual(before.map(({ markdown: _m, text: _t, searchTokens: _s, ...row }) => ({ ...row, orderKeys: expect.any(Array) })));
    expect(rows.every((r) => !('markdown' in r) && !('text' in r))).toBe(true);
    expect(await db.clippingBodies.orderBy('clippingId').toArray()).toEqual(
      before.map((r) => ({ clippingId: r.id, markdown: r.markdown, text: r.text, searchTokens: expect.arrayContaining(r.searchTokens) })),
    );
    expect(await db.entities.count()).toBe(1);
    expect(await db.userHighlights.count()).toBe(1);
  });

  it('gives back full clippings through getClipping, and small rows through the library query', async () => {
    factory = new IDBFactory();
    const before = await writeV3('v4-2');
    db = createDb('v4-2', { indexedDB: factory, IDBKeyRange });
    for (const row of before) expect(await getClipping(db, row.id!)).toEqual(row);
    expect(await getClippingByCanonicalUrl(db, before[2]!.canonicalUrl)).toEqual(before[2]);
    const page = await queryLibrary(db, { search: 'duong thuy' });
    expect(page.rows.map((r) => r.id).sort()).toEqual(IDS);
    expect(page.rows.every((r) => !('text' in r))).toBe(true);
  });

  it('saves, edits and deletes an upgraded clipping in both tables', async () => {
    factory = new IDBFactory();
    await writeV3('v4-3');
    db = createDb('v4-3', { indexedDB: factory, IDBKeyRange });
    const resaved = await saveClipping(db, sampleClipping({ canonicalUrl: 'https://baotinh.example.vn/bai-4.html', text: 'Bản mới của bài.' }), 10);
    expect(resaved).toMatchObject({ id: 4, note: 'ghi chú', text: 'Bản mới của bài.' });
    expect(await db.clippingBodies.get(4)).toMatchObject({ text: 'Bản mới của bài.' });
    expect(await updateClippingNote(db, 4, 'ghi chú mới', 11)).toBe(true);
    expect(await getClipping(db, 4)).toMatchObject({ note: 'ghi chú mới', text: 'Bản mới của bài.' });
    expect((await queryLibrary(db, { search: 'ban moi' })).rows.map((r) => r.id)).toEqual([4]); // body still searchable after the edit
    expect(await deleteClipping(db, 7)).toBe(true);
    expect([await db.clippings.get(7), await db.clippingBodies.get(7)]).toEqual([undefined, undefined]);
  });
});
