import { afterEach, describe, expect, it } from 'vitest';
import { deleteClipping } from '../../../utils/db/delete-clipping';
import { importClippings } from '../../../utils/db/import-clippings';
import { countClippings, listClippings } from '../../../utils/db/list-clippings';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { clippingsToJson } from '../../../utils/export/clippings-to-json';
import { readClippingsBackup } from '../../../utils/export/read-clippings-backup';
import { documentRef, freshDb, official, sampleClipping } from './sample-clipping';

const EXPORTED_AT = Date.UTC(2024, 5, 1);
const open: TrichBaoDb[] = [];
afterEach(() => open.splice(0).forEach((db) => db.close()));
const newDb = () => {
  const db = freshDb();
  open.push(db);
  return db;
};

/** What the library's "JSON backup" button writes. */
async function backup(db: TrichBaoDb): Promise<string> {
  return clippingsToJson(await listClippings(db, { limit: await countClippings(db) }), EXPORTED_AT);
}

/** File → validation → import, as the import button does; throws the problems when the file is bad. */
async function restore(db: TrichBaoDb, json: string) {
  const read = readClippingsBackup(json);
  if (!read.ok) throw new Error(read.problems.map((p) => p.en).join('\n'));
  return importClippings(db, read.clippings);
}

/** A library with hostile text, a gap in its ids (a deleted clipping), notes and tags. */
async function library(): Promise<TrichBaoDb> {
  const db = newDb();
  await saveClipping(db, sampleClipping({ canonicalUrl: 'https://b.example/1', title: 'Tiêu đề "khó" --- # <b>x</b>', note: 'dòng 1\ndòng 2 \uD800', tags: ['kinh tế', 'nhân sự'] }), 1_000);
  const gone = await saveClipping(db, sampleClipping({ canonicalUrl: 'https://b.example/2' }), 2_000);
  await saveClipping(db, sampleClipping({
    canonicalUrl: 'https://b.example/3', title: 'Ba', author: null, published: null,
    officials: [official('tran sy thanh', 'Trần Sỹ Thanh', ['Bí thư Thành ủy'])], documents: [documentRef('nghi-quyet:57-nq/tw', 'Nghị quyết 57-NQ/TW')],
  }), 3_000);
  await saveClipping(db, sampleClipping({ canonicalUrl: 'https://b.example/1', title: 'Tiêu đề đã sửa', tags: ['kinh tế'] }), 4_000);
  await deleteClipping(db, gone.id!);
  return db;
}

describe('utils/db/import-clippings (JSON backup round trip)', () => {
  it('export → import into an empty library → export gives identical bytes', async () => {
    const source = await library();
    const first = await backup(source);
    const empty = newDb();
    expect(await restore(empty, first)).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(await backup(empty)).toBe(first);
    // The derived entity index is rebuilt in the same transaction.
    expect(await empty.entities.orderBy('key').toArray()).toEqual(await source.entities.orderBy('key').toArray());
    expect(JSON.parse(first).clippings.map((c: { id: number }) => c.id)).toEqual([1, 3]);
  });

  it('imports the same backup twice without duplicates', async () => {
    const json = await backup(await library());
    const db = newDb();
    await restore(db, json);
    expect(await restore(db, json)).toEqual({ added: 0, updated: 0, skipped: 2 });
    expect(await countClippings(db)).toBe(2);
    expect(await backup(db)).toBe(json);
  });

  it('merges by canonical URL into a library that has other rows on the same ids', async () => {
    const json = await backup(await library());
    const db = newDb();
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://khac.example/a', title: 'Bài khác' }), 10); // takes id 1
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://b.example/3', title: 'Ba, bản cũ hơn' }), 5); // same article, older
    expect(await restore(db, json)).toEqual({ added: 1, updated: 1, skipped: 0 });
    const rows = await listClippings(db, { limit: 10 });
    expect(rows.map((c) => [c.canonicalUrl, c.title]).sort()).toEqual([
      ['https://b.example/1', 'Tiêu đề đã sửa'], ['https://b.example/3', 'Ba'], ['https://khac.example/a', 'Bài khác'],
    ]);
    expect(new Set(rows.map((c) => c.id)).size).toBe(3);
  });

  it('changes nothing when one record of the file is bad (validated before any write)', async () => {
    const data = JSON.parse(await backup(await library()));
    delete data.clippings[1].canonicalUrl;
    const db = newDb();
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://co-san.example/1' }), 10);
    const before = await backup(db);
    await expect(restore(db, JSON.stringify(data))).rejects.toThrow('Record 2: "canonicalUrl" is missing');
    expect(await backup(db)).toBe(before);
  });

  it('counts what an import would do without writing (dry run)', async () => {
    const json = await backup(await library());
    const db = newDb();
    const read = readClippingsBackup(json);
    if (!read.ok) throw new Error('bad backup');
    expect(await importClippings(db, [...read.clippings, read.clippings[0]!], { dryRun: true })).toEqual({ added: 2, updated: 0, skipped: 1 });
    expect(await countClippings(db)).toBe(0);
  });
});
