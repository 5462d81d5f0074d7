import { afterEach, describe, expect, it } from 'vitest';
import { deleteClipping } from '../../../utils/db/delete-clipping';
import { addUserHighlight } from '../../../utils/db/add-user-highlight';
import { deleteUserHighlight } from '../../../utils/db/delete-user-highlight';
import { importClippings } from '../../../utils/db/import-clippings';
import { listBackupHighlights } from '../../../utils/db/list-backup-highlights';
import { listUserHighlights } from '../../../utils/db/list-user-highlights';
import { recordAnchoring } from '../../../utils/db/record-anchoring';
import { countClippings, listClippings } from '../../../utils/db/list-clippings';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { describeSpan } from '../../../utils/anchoring/describe-span';
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

/** What the library's "JSON backup" button writes (scope "all"). */
async function backup(db: TrichBaoDb): Promise<string> {
  return clippingsToJson(await listClippings(db, { limit: await countClippings(db) }), EXPORTED_AT, await listBackupHighlights(db));
}

/** File → validation → import, as the import button does; throws the problems when the file is bad. */
async function restore(db: TrichBaoDb, json: string) {
  const read = readClippingsBackup(json);
  if (!read.ok) throw new Error(read.problems.map((p) => p.en).join('\n'));
  return importClippings(db, read.clippings, { userHighlights: read.userHighlights });
}

const PAGE_TEXT = 'Sáng nay, Tỉnh ủy họp bàn kế hoạch chuyển đổi số "toàn diện" của tỉnh.';

/** A highlight of `[start, end)` of the page text on page `page`. */
const mark = (page: string, start: number, end: number, note = '') =>
  ({ pageKey: page, url: `${page}?utm=x`, scope: 'article' as const, target: describeSpan(PAGE_TEXT, start, end), note });

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
  // Highlights: notes with hostile text, one on a page never clipped, an orphan, a gap in ids.
  await addUserHighlight(db, mark('https://b.example/1', 10, 17, 'ghi chú "khó"\n---\n<i>x</i> \uDC00'), 5_000);
  const dropped = await addUserHighlight(db, mark('https://b.example/1', 0, 8), 5_001);
  const orphan = await addUserHighlight(db, mark('https://b.example/3', 22, 40), 5_002);
  await addUserHighlight(db, mark('https://chua-luu.example/9', 3, 9, 'trang chưa lưu'), 5_003);
  await deleteUserHighlight(db, dropped.id!);
  await recordAnchoring(db, { pageKey: 'https://b.example/3', anchored: [], orphans: [orphan.id!] }, 6_000);
  return db;
}

describe('utils/db/import-clippings (JSON backup round trip)', () => {
  it('export → import into an empty library → export gives identical bytes', async () => {
    const source = await library();
    const first = await backup(source);
    const empty = newDb();
    expect(await restore(empty, first)).toEqual({ added: 2, updated: 0, skipped: 0, highlights: { added: 3, skipped: 0 } });
    expect(await backup(empty)).toBe(first);
    expect(await empty.userHighlights.orderBy('id').toArray()).toEqual(await source.userHighlights.orderBy('id').toArray());
    expect(JSON.parse(first).userHighlights.map((h: { id: number }) => h.id)).toEqual([1, 3, 4]);
    // The derived entity index is rebuilt in the same transaction.
    expect(await empty.entities.orderBy('key').toArray()).toEqual(await source.entities.orderBy('key').toArray());
    expect(JSON.parse(first).clippings.map((c: { id: number }) => c.id)).toEqual([1, 3]);
  });

  it('imports the same backup twice without duplicates', async () => {
    const json = await backup(await library());
    const db = newDb();
    await restore(db, json);
    expect(await restore(db, json)).toEqual({ added: 0, updated: 0, skipped: 2, highlights: { added: 0, skipped: 3 } });
    expect(await countClippings(db)).toBe(2);
    expect(await db.userHighlights.count()).toBe(3);
    expect(await backup(db)).toBe(json);
  });

  it('merges by canonical URL into a library that has other rows on the same ids', async () => {
    const json = await backup(await library());
    const db = newDb();
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://khac.example/a', title: 'Bài khác' }), 10); // takes id 1
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://b.example/3', title: 'Ba, bản cũ hơn' }), 5); // same article, older
    // The same passage highlighted here under another id and note: kept once, with the note written here.
    await addUserHighlight(db, mark('https://b.example/1', 10, 17, 'ghi chú ở đây'), 7);
    await addUserHighlight(db, mark('https://b.example/1', 11, 17), 8); // another passage of the page: stays
    expect(await restore(db, json)).toEqual({ added: 1, updated: 1, skipped: 0, highlights: { added: 2, skipped: 1 } });
    const page1 = await listUserHighlights(db, 'https://b.example/1');
    expect(page1.map((h) => [h.target.selectors[0].start, h.note])).toEqual([[10, 'ghi chú ở đây'], [11, '']]);
    expect(new Set((await db.userHighlights.toArray()).map((h) => h.id)).size).toBe(4);
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

  it('changes nothing when one highlight of the file is bad', async () => {
    const data = JSON.parse(await backup(await library()));
    data.userHighlights[2].target.selectors[0].end = -3;
    const db = newDb();
    await expect(restore(db, JSON.stringify(data))).rejects.toThrow('Highlight 3: "end" of selector 1 of "target" must not be negative');
    expect([await db.clippings.count(), await db.userHighlights.count()]).toEqual([0, 0]);
  });

  it('writes nothing at all when a highlight write fails after the clippings were written', async () => {
    const json = await backup(await library());
    const db = newDb();
    db.userHighlights.bulkPut = () => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never;
    await expect(restore(db, json)).rejects.toMatchObject({ reason: 'quota' });
    expect([await db.clippings.count(), await db.entities.count(), await db.userHighlights.count()]).toEqual([0, 0, 0]);
  });

  it('still imports a version 1 file (no highlights) into a library that has some', async () => {
    const source = await library();
    const v1 = JSON.parse(await backup(source));
    v1.version = 1;
    delete v1.userHighlights;
    const db = newDb();
    await addUserHighlight(db, mark('https://b.example/3', 0, 5), 1);
    expect(await restore(db, JSON.stringify(v1))).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(await db.userHighlights.count()).toBe(1);
  });

  it('reports progress in rows written, ending at the total', async () => {
    const json = await backup(await library());
    const read = readClippingsBackup(json);
    if (!read.ok) throw new Error('bad backup');
    const calls: Array<[number, number]> = [];
    await importClippings(newDb(), read.clippings, { userHighlights: read.userHighlights, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([5, 5]);
    expect(calls.map(([done]) => done)).toEqual([...calls.map(([done]) => done)].sort((a, b) => a - b));
  });

  it('counts what an import would do without writing (dry run)', async () => {
    const json = await backup(await library());
    const db = newDb();
    const read = readClippingsBackup(json);
    if (!read.ok) throw new Error('bad backup');
    const twice = [...read.userHighlights, read.userHighlights[0]!];
    expect(await importClippings(db, [...read.clippings, read.clippings[0]!], { dryRun: true, userHighlights: twice }))
      .toEqual({ added: 2, updated: 0, skipped: 1, highlights: { added: 3, skipped: 1 } });
    expect([await countClippings(db), await db.userHighlights.count()]).toEqual([0, 0]);
  });
});
