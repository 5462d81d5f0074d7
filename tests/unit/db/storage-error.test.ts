import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import { getClipping } from '../../../utils/db/get-clipping';
import { listClippings } from '../../../utils/db/list-clippings';
import { saveClipping } from '../../../utils/db/save-clipping';
import { StorageError, toStorageError, type StorageErrorReason } from '../../../utils/db/storage-error';
import { createDb, type TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { freshDb, sampleClipping } from './sample-clipping';

let db: TrichBaoDb;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
});

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('utils/db/storage-error', () => {
  it.each<[string, unknown, StorageErrorReason]>([
    ['a DOMException QuotaExceededError', quota(), 'quota'],
    ["Dexie's QuotaExceededError", new Dexie.QuotaExceededError('full'), 'quota'],
    ['an AbortError whose inner error is a quota error', new Dexie.AbortError('aborted', quota()), 'quota'],
    ['an OpenFailedError wrapping a missing IndexedDB', new Dexie.OpenFailedError(new Dexie.MissingAPIError()), 'unavailable'],
    ['an InvalidStateError (Firefox private window)', new DOMException('x', 'InvalidStateError'), 'unavailable'],
    ['a SecurityError (storage disabled)', new DOMException('x', 'SecurityError'), 'unavailable'],
    ['a VersionError (database newer than code)', new Dexie.OpenFailedError(new DOMException('x', 'VersionError')), 'version'],
    ['an UpgradeError', new Dexie.UpgradeError('x'), 'version'],
    ['a VersionChangeError', new Dexie.VersionChangeError('x'), 'blocked'],
    ['a DatabaseClosedError', new Dexie.DatabaseClosedError(), 'blocked'],
    ['a DataCloneError', new DOMException('x', 'DataCloneError'), 'invalid'],
    ['a plain Error', new Error('boom'), 'unknown'],
    ['a thrown string', 'boom', 'unknown'],
  ])('maps %s to reason %s', (_label, error, reason) => {
    const mapped = toStorageError(error);
    expect(mapped).toBeInstanceOf(StorageError);
    expect(mapped.reason).toBe(reason);
    expect(mapped.cause).toBe(error);
  });

  it.each<StorageErrorReason>(['quota', 'unavailable', 'version', 'blocked', 'invalid', 'unknown'])(
    'gives reason %s a message in English and Vietnamese',
    (reason) => {
      const error = new StorageError(reason);
      expect(error.messageEn).toMatch(/\w{3,}/);
      expect(error.messageVi).toMatch(/[àáảãạăâđèéêìíòóôơùúưỳý]/);
      expect(error.messageVi).not.toBe(error.messageEn);
      expect(error.message).toBe(error.messageEn);
    },
  );

  it('passes a StorageError through unchanged', () => {
    const error = new StorageError('quota');
    expect(toStorageError(error)).toBe(error);
  });

  it('turns a quota failure during a re-save into a quota StorageError and keeps the stored clipping intact', async () => {
    db = freshDb();
    const first = await saveClipping(db, sampleClipping({ note: 'giữ nguyên' }), 1);
    vi.spyOn(db.clippings, 'put').mockRejectedValue(quota());
    const failure = await saveClipping(db, sampleClipping({ title: 'Bản mới' }), 2).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StorageError);
    expect(failure).toMatchObject({ reason: 'quota', messageVi: expect.stringContaining('hết chỗ') });
    vi.restoreAllMocks();
    expect(await getClipping(db, first.id!)).toEqual(first);
    expect(await db.clippings.count()).toBe(1);
  });

  it('turns a quota failure of a new clipping into a StorageError and stores nothing', async () => {
    db = freshDb();
    vi.spyOn(db.clippings, 'put').mockRejectedValue(quota());
    await expect(saveClipping(db, sampleClipping(), 1)).rejects.toMatchObject({ reason: 'quota' });
    vi.restoreAllMocks();
    expect(await db.clippings.count()).toBe(0);
  });

  it('reports a browser without IndexedDB as unavailable', async () => {
    // Private modes and locked-down profiles: no indexedDB at all.
    db = createDb('no-idb', { indexedDB: undefined, IDBKeyRange: undefined });
    await expect(listClippings(db)).rejects.toMatchObject({ name: 'StorageError', reason: 'unavailable' });
  });

  it('still reads clippings from a database a newer extension version upgraded (no error after a downgrade)', async () => {
    const indexedDB = new IDBFactory();
    // A future release that shipped version(2) with an extra table; Dexie 4 then opens the
    // installed version instead of failing with VersionError.
    const future = new Dexie('downgraded', { indexedDB, IDBKeyRange });
    future.version(2).stores({ clippings: '++id, &canonicalUrl, url, clippedAt, updatedAt, site, *entityKeys, *tags', highlights: '++id' });
    await future.table('clippings').add({ ...sampleClipping(), entityKeys: [], note: '', tags: [], clippedAt: 1, updatedAt: 1 });
    future.close();
    db = createDb('downgraded', { indexedDB, IDBKeyRange });
    expect((await listClippings(db)).map((c) => c.title)).toEqual([sampleClipping().title]);
  });
});
