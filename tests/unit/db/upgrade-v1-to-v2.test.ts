import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { Clipping } from '../../../utils/db/clipping';
import { entityKeys } from '../../../utils/db/entity-keys';
import { listEntities } from '../../../utils/db/list-entities';
import { queryLibrary } from '../../../utils/db/query-library';
import { saveClipping } from '../../../utils/db/save-clipping';
import { withBodies } from '../../../utils/db/with-bodies';
import { createDb, type TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { documentRef, official, sampleClipping } from './sample-clipping';

/** The schema exactly as version 1 shipped it. */
const V1_STORES = { clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags' };

/** A row as version 1 stored it (no index fields of version 2). */
function v1Row(n: number, overrides: Partial<Clipping> = {}): Clipping {
  const base = sampleClipping({ canonicalUrl: `https://baotinh.example.vn/bai-${n}.html`, title: `Bài số ${n}`, ...overrides });
  return { ...base, entityKeys: entityKeys(base), note: '', tags: [], clippedAt: n, updatedAt: n, ...overrides };
}

const FIXTURE: Clipping[] = [
  v1Row(1, { title: 'Đồng chí Trần Sỹ Thanh làm việc với Thủ đô', officials: [official('official:tran sy thanh', 'Trần Sỹ Thanh')] }),
  v1Row(2, { title: 'Triển khai Nghị quyết 57-NQ/TW', officials: [official('official:tran sy thanh', 'Trần Sĩ Thanh')], documents: [documentRef('document:57-nq/tw', 'Nghị quyết 57-NQ/TW')], tags: ['Khoa học'], note: 'đọc lại' }),
  v1Row(3, { published: null, officials: [], documents: [] }),
  v1Row(4, { published: 'không rõ ngày', author: null }),
];

let factory: IDBFactory;
let db: TrichBaoDb | undefined;
afterEach(() => db?.close());

async function writeV1(name: string, rows: Clipping[]): Promise<void> {
  const old = new Dexie(name, { indexedDB: factory, IDBKeyRange });
  old.version(1).stores(V1_STORES);
  await old.table('clippings').bulkAdd(rows);
  old.close();
}

describe('utils/db/upgrade-to-v2', () => {
  it('keeps every version 1 row, field for field, and fills the version 2 fields', async () => {
    factory = new IDBFactory();
    await writeV1('up-1', FIXTURE);
    db = createDb('up-1', { indexedDB: factory, IDBKeyRange });
    // Opened by current code: versions 3 to 5 run after the version 2 upgrade (4 moves the bodies out, 5 adds order keys).
    const rows = await withBodies(db, await db.clippings.orderBy('id').toArray());
    expect(db.verno).toBe(5); // later versions run too
    expect(rows).toHaveLength(FIXTURE.length);
    rows.forEach((row, i) => {
      const { searchTokens, publishedAt, sortTitle, orderKeys, ...v1Fields } = row;
      expect(v1Fields).toEqual({ ...FIXTURE[i], id: i + 1 });
      expect(searchTokens.length).toBeGreaterThan(0);
      expect(orderKeys.length).toBeGreaterThan(0); // version 5
      expect(typeof publishedAt).toBe('number');
      expect(sortTitle).toBe(sortTitle.toLowerCase());
    });
    expect(rows.map((r) => r.publishedAt)).toEqual([Date.parse('2024-05-02T08:30:00+07:00'), Date.parse('2024-05-02T08:30:00+07:00'), 0, 0]);
    expect(rows[0]!.sortTitle).toBe('dong chi tran sy thanh lam viec voi thu do');
  });

  it('builds the entity index with counts from the upgraded rows', async () => {
    factory = new IDBFactory();
    await writeV1('up-2', FIXTURE);
    db = createDb('up-2', { indexedDB: factory, IDBKeyRange });
    const officials = await listEntities(db, { kind: 'official' });
    expect(officials.rows.map((e) => [e.key, e.count])).toEqual([['official:tran sy thanh', 2], ['nguyen van an', 1]]);
    expect(officials.rows[0]).toMatchObject({ name: 'Trần Sĩ Thanh', aliases: ['Trần Sỹ Thanh'] });
    const documents = await listEntities(db, { kind: 'document' });
    expect(documents.rows.map((e) => [e.key, e.count])).toEqual([['nghi-quyet:12-nq/tu', 2], ['document:57-nq/tw', 1]]);
  });

  it('makes upgraded rows searchable and keeps later saves consistent', async () => {
    factory = new IDBFactory();
    await writeV1('up-3', FIXTURE);
    db = createDb('up-3', { indexedDB: factory, IDBKeyRange });
    expect((await queryLibrary(db, { search: 'nghi quyet 57' })).rows.map((r) => r.id)).toEqual([2]);
    expect((await queryLibrary(db, { search: 'doc lai' })).rows.map((r) => r.id)).toEqual([2]);
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://baotinh.example.vn/bai-2.html', officials: [], documents: [] }), 9);
    const officials = await listEntities(db, { kind: 'official' });
    expect(officials.rows.map((e) => [e.key, e.count])).toEqual([['official:tran sy thanh', 1], ['nguyen van an', 1]]);
  });

  it('upgrades an empty version 1 database', async () => {
    factory = new IDBFactory();
    await writeV1('up-4', []);
    db = createDb('up-4', { indexedDB: factory, IDBKeyRange });
    expect(await db.clippings.count()).toBe(0);
    expect(await db.entities.count()).toBe(0);
  });
});
