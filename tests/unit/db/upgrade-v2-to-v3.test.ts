import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clipping } from '../../../utils/db/clipping';
import { entityKeys } from '../../../utils/db/entity-keys';
import { addUserHighlight } from '../../../utils/db/add-user-highlight';
import { listUserHighlights } from '../../../utils/db/list-user-highlights';
import { saveClipping } from '../../../utils/db/save-clipping';
import { withBodies } from '../../../utils/db/with-bodies';
import { createDb, type TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { upgradeToV2 } from '../../../utils/db/upgrade-to-v2';
import { describeSpan } from '../../../utils/anchoring/describe-span';
import { documentRef, official, sampleClipping } from './sample-clipping';

/** The schemas exactly as versions 1 and 2 shipped them. */
const V1_STORES = { clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags' };
const V2_STORES = {
  clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags, publishedAt, sortTitle, *searchTokens',
  entities: '&key, [kind+count], *tokens',
};

function v1Row(n: number, overrides: Partial<Clipping> = {}): Clipping {
  const base = sampleClipping({ canonicalUrl: `https://baotinh.example.vn/bai-${n}.html`, title: `Bài số ${n}`, ...overrides });
  return { ...base, entityKeys: entityKeys(base), note: n % 2 ? 'ghi chú cũ' : '', tags: n % 2 ? ['Kinh tế'] : [], clippedAt: n, updatedAt: n, ...overrides };
}

const FIXTURE: Clipping[] = [
  v1Row(1, { officials: [official('official:pham thu trang', 'Phạm Thu Trang', ['Giám đốc Sở Tài chính'])] }),
  v1Row(2, { documents: [documentRef('document:9-nq/tu', 'Nghị quyết số 9-NQ/TU')], published: null }),
  v1Row(3, { officials: [], documents: [], author: null }),
];

let factory: IDBFactory;
let db: TrichBaoDb | undefined;
afterEach(() => db?.close());

/** A database exactly as version 2 leaves it: version 1 rows, upgraded by the shipped version 2 code. */
async function writeV2(name: string): Promise<{ clippings: unknown[]; entities: unknown[] }> {
  const v1 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  v1.version(1).stores(V1_STORES);
  await v1.table('clippings').bulkAdd(FIXTURE);
  v1.close();
  const v2 = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  v2.version(1).stores(V1_STORES);
  v2.version(2).stores(V2_STORES).upgrade(upgradeToV2);
  const rows = { clippings: await v2.table('clippings').toArray(), entities: await v2.table('entities').toArray() };
  v2.close();
  return rows;
}

describe('utils/db/trich-bao-db version 3', () => {
  it('keeps every version 2 clipping and entity row, field for field and under the same key', async () => {
    factory = new IDBFactory();
    const before = await writeV2('v3-1');
    expect(before.clippings).toHaveLength(FIXTURE.length);
    expect(before.entities.length).toBeGreaterThan(0);
    db = createDb('v3-1', { indexedDB: factory, IDBKeyRange });
    // Opened by current code, version 4 runs too: rows come back whole once joined with their bodies.
    expect(await withBodies(db, await db.clippings.orderBy('id').toArray())).toEqual(before.clippings);
    expect(await db.entities.orderBy('key').toArray()).toEqual(before.entities);
    expect(db.verno).toBe(5); // later versions run too
    expect(await db.userHighlights.count()).toBe(0);
  });

  it('keeps the version 2 indexes working after the upgrade', async () => {
    factory = new IDBFactory();
    await writeV2('v3-2');
    db = createDb('v3-2', { indexedDB: factory, IDBKeyRange });
    expect(await db.clippings.where('canonicalUrl').equals('https://baotinh.example.vn/bai-2.html').count()).toBe(1);
    expect(await db.clippings.where('entityKeys').equals('official:pham thu trang').count()).toBe(1);
    expect(await db.entities.where('[kind+count]').between(['document', 0], ['document', Infinity]).count()).toBe(2);
  });

  it('stores highlights next to upgraded clippings and re-saves a clipping under its old id', async () => {
    factory = new IDBFactory();
    await writeV2('v3-3');
    db = createDb('v3-3', { indexedDB: factory, IDBKeyRange });
    const text = 'Tỉnh giao Sở Tài chính rà soát ngân sách.';
    const h = await addUserHighlight(db, { pageKey: 'https://baotinh.example.vn/bai-1.html', url: 'https://baotinh.example.vn/bai-1.html', scope: 'article', target: describeSpan(text, 5, 21), note: '' }, 5);
    expect(h.id).toBe(1);
    const resaved = await saveClipping(db, sampleClipping({ canonicalUrl: 'https://baotinh.example.vn/bai-1.html' }), 10);
    expect(resaved.id).toBe(1);
    expect(resaved.note).toBe('ghi chú cũ');
    expect(await listUserHighlights(db, 'https://baotinh.example.vn/bai-1.html')).toHaveLength(1);
  });
});
