import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { ClippingSummary, StoredClipping } from '../../../utils/db/clipping';
import { deleteClipping } from '../../../utils/db/delete-clipping';
import { deriveIndexFields } from '../../../utils/db/derive-index-fields';
import { entityKeys } from '../../../utils/db/entity-keys';
import { entityTimeline } from '../../../utils/db/entity-timeline';
import { facetTokens } from '../../../utils/db/facet-token';
import { getClipping } from '../../../utils/db/get-clipping';
import { orderKeys } from '../../../utils/db/order-keys';
import { queryLibrary } from '../../../utils/db/query-library';
import { saveClipping } from '../../../utils/db/save-clipping';
import { postingKey } from '../../../utils/db/search-postings';
import { createDb, type TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { upgradeToV2 } from '../../../utils/db/upgrade-to-v2';
import { upgradeToV4 } from '../../../utils/db/upgrade-to-v4';
import { searchTokens } from '../../../utils/search/search-tokens';
import { documentRef, official, sampleClipping } from './sample-clipping';

/** The schemas exactly as versions 1 to 4 shipped them. */
const V1 = { clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags' };
const V2 = {
  clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags, publishedAt, sortTitle, *searchTokens',
  entities: '&key, [kind+count], *tokens',
};
const V3 = { userHighlights: '++id, pageKey, createdAt' };
const V4 = { clippingBodies: '&clippingId' };

type V4Row = Omit<StoredClipping, 'markdown' | 'text' | 'orderKeys'>;
const IDS = [1, 2, 5, 9];

/** A row as version 4 stored it: search tokens in the row (without facet entries), no order keys; its body apart. */
function v4Parts(id: number): { row: V4Row; body: { clippingId: number; markdown: string; text: string } } {
  const base = sampleClipping({
    canonicalUrl: `https://baotinh.example.vn/tin-${id}.html`, title: `Tin ${id}: Sở Giao thông rà soát cầu yếu`,
    site: id % 2 === 0 ? 'Báo Tỉnh' : 'Báo Miền Núi', published: id === 5 ? null : `2024-0${id % 9 || 1}-03T08:00:00Z`,
    markdown: `Đoạn **${id}**.`, text: `Đoạn ${id}. Sở Giao thông kiểm tra cầu treo ở xã vùng cao.`,
    officials: [official('official:ha van', 'Hà Văn Tùng', ['Giám đốc Sở'])],
    documents: id === 9 ? [documentRef('document:12-nq/tu', 'Nghị quyết số 12-NQ/TU')] : [],
  });
  const c = { ...base, id, entityKeys: entityKeys(base), note: id === 2 ? 'cần theo dõi' : '', tags: id === 9 ? ['giao thông'] : [], clippedAt: id * 10, updatedAt: id * 10 };
  const head = [c.title, c.author ?? '', ...c.tags, ...c.officials.map((o) => o.name), ...c.documents.map((d) => d.surface)];
  const body = [c.site, c.note, ...c.officials.flatMap((o) => o.titles), c.text];
  const { markdown, text, ...rest } = c;
  const { publishedAt, sortTitle } = deriveIndexFields(c);
  return { row: { ...rest, publishedAt, sortTitle, searchTokens: searchTokens({ head, body }) }, body: { clippingId: id, markdown, text } };
}

let factory: IDBFactory;
let db: TrichBaoDb | undefined;
afterEach(() => db?.close());

/** A database exactly as version 4 leaves it, with rows, bodies, an entity and a highlight. */
async function writeV4(name: string): Promise<ReturnType<typeof v4Parts>[]> {
  const v4 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  v4.version(1).stores(V1);
  v4.version(2).stores(V2).upgrade(upgradeToV2);
  v4.version(3).stores(V3);
  v4.version(4).stores(V4).upgrade(upgradeToV4);
  const parts = IDS.map(v4Parts);
  await v4.table('clippings').bulkAdd(parts.map((p) => p.row));
  await v4.table('clippingBodies').bulkAdd(parts.map((p) => p.body));
  await v4.table('entities').put({ key: 'official:ha van', kind: 'official', name: 'Hà Văn Tùng', aliases: [], detail: 'Giám đốc Sở', count: 4, tokens: ['ha', 'van', 'tung'] });
  await v4.table('userHighlights').add({ pageKey: 'https://baotinh.example.vn/tin-2.html', url: 'u', scope: 'article', target: { selectors: [] }, note: 'n', createdAt: 1, orphan: false, checkedAt: 0 });
  v4.close();
  return parts;
}

describe('utils/db/upgrade-to-v5', () => {
  it('keeps every row and body field for field, moves the search tokens next to the body and fills the order keys', async () => {
    factory = new IDBFactory();
    const before = await writeV4('v5-1');
    db = createDb('v5-1', { indexedDB: factory, IDBKeyRange });
    const rows = await db.clippings.orderBy('id').toArray();
    expect(db.verno).toBe(5);
    expect(rows.map((r) => r.id)).toEqual(IDS);
    rows.forEach((row: ClippingSummary, i) => {
      const { searchTokens: _s, ...old } = before[i]!.row;
      const { orderKeys: keys, ...rest } = row;
      expect(rest).toEqual(old);
      expect('searchTokens' in row).toBe(false);
      expect(keys).toEqual(orderKeys(row));
    });
    const bodies = await db.clippingBodies.orderBy('clippingId').toArray();
    bodies.forEach((body, i) => {
      const { row, body: old } = before[i]!;
      expect(body).toEqual({ ...old, searchTokens: [...new Set([...row.searchTokens, ...facetTokens(row)])] });
    });
    expect(await db.entities.count()).toBe(1);
    expect(await db.userHighlights.count()).toBe(1);
  });

  it('builds the search postings from every row', async () => {
    factory = new IDBFactory();
    const before = await writeV4('v5-2');
    db = createDb('v5-2', { indexedDB: factory, IDBKeyRange });
    const postings = new Map((await db.searchPostings.toArray()).map((p) => [p.key, [...p.ids]]));
    for (const { row } of before) {
      for (const token of [...row.searchTokens, ...facetTokens(row)]) expect(postings.get(postingKey(token, row.id!)), token).toContain(row.id);
    }
    expect(postings.get(postingKey('cau', 1))).toEqual(IDS);
  });

  it('answers search, filters and timelines on upgraded rows, and keeps later writes consistent', async () => {
    factory = new IDBFactory();
    await writeV4('v5-3');
    db = createDb('v5-3', { indexedDB: factory, IDBKeyRange });
    expect((await queryLibrary(db, { search: 'cau treo' })).rows.map((r) => r.id)).toEqual([9, 5, 2, 1]);
    expect((await queryLibrary(db, { filter: { site: 'Báo Tỉnh' } })).rows.map((r) => r.id)).toEqual([2]);
    expect((await queryLibrary(db, { filter: { tag: 'giao thông' }, search: 'so' })).total).toBe(1);
    const timeline = await entityTimeline(db, 'official:ha van');
    // 2 was published in February, 9 and 1 on the same January day (newest clip first), 5 undated last.
    expect([timeline.total, timeline.rows.map((r) => r.id)]).toEqual([4, [2, 9, 1, 5]]);
    expect((await db.clippingBodies.get(9))!.searchTokens).toContain('cau');
    expect((await getClipping(db, 9))!.text).toContain('cầu treo');
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://baotinh.example.vn/tin-9.html', text: 'Bản mới về hầm đường bộ.' }), 100);
    expect((await queryLibrary(db, { search: 'ham duong' })).rows.map((r) => r.id)).toEqual([9]);
    expect((await queryLibrary(db, { search: 'cau treo' })).rows.map((r) => r.id)).toEqual([5, 2, 1]);
    expect(await deleteClipping(db, 1)).toBe(true);
    expect((await queryLibrary(db, { search: 'cau treo' })).rows.map((r) => r.id)).toEqual([5, 2]);
  });
});
