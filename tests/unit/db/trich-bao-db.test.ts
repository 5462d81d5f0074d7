import { afterEach, describe, expect, it } from 'vitest';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { freshDb } from './sample-clipping';

let db: TrichBaoDb;
afterEach(() => db?.close());

describe('utils/db/trich-bao-db', () => {
  it('opens version 2 with the clippings schema and the entity index', async () => {
    db = freshDb();
    await db.open();
    expect(db.verno).toBe(5); // version 3 added userHighlights, version 4 clippingBodies, version 5 searchPostings
    expect(db.searchPostings.schema.primKey).toMatchObject({ keyPath: 'key', auto: false });
    expect(db.searchPending.schema.indexes.map((i) => [i.name, !!i.multi])).toEqual([['facets', true]]);
    expect(db.clippingBodies.schema.primKey).toMatchObject({ keyPath: 'clippingId', auto: false });
    const schema = db.clippings.schema;
    expect(schema.primKey).toMatchObject({ keyPath: 'id', auto: true });
    const indexes = Object.fromEntries(schema.indexes.map((i) => [i.name, { unique: !!i.unique, multi: !!i.multi }]));
    expect(indexes).toEqual({
      canonicalUrl: { unique: true, multi: false },
      url: { unique: false, multi: false },
      clippedAt: { unique: false, multi: false },
      updatedAt: { unique: false, multi: false },
      site: { unique: false, multi: false },
      entityKeys: { unique: false, multi: true },
      tags: { unique: false, multi: true },
      publishedAt: { unique: false, multi: false },
      sortTitle: { unique: false, multi: false },
      orderKeys: { unique: false, multi: true },
      '[publishedAt+clippedAt]': { unique: false, multi: false },
    });
    const entities = db.entities.schema;
    expect(entities.primKey).toMatchObject({ keyPath: 'key', auto: false });
    expect(entities.indexes.map((i) => [i.name, !!i.multi])).toEqual([['[kind+count]', false], ['tokens', true]]);
  });

  it('refuses a second row with the same canonical URL at the index level', async () => {
    db = freshDb();
    const row = { url: 'u', canonicalUrl: 'c', title: '', author: null, published: null, site: '', lang: null, markdown: '', text: '',
      officials: [], documents: [], entityKeys: [], note: '', tags: [], clippedAt: 1, updatedAt: 1,
      searchTokens: [], publishedAt: 0, sortTitle: '', orderKeys: [] };
    await db.clippings.add({ ...row });
    await expect(db.clippings.add({ ...row })).rejects.toMatchObject({ name: 'ConstraintError' });
  });
});
