import { afterEach, describe, expect, it } from 'vitest';
import { planImport } from '../../../components/library/plan-import';
import { listClippings } from '../../../utils/db/list-clippings';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { clippingsToJson } from '../../../utils/export/clippings-to-json';
import { freshDb, sampleClipping } from '../db/sample-clipping';

let db: TrichBaoDb;
afterEach(() => db?.close());

async function backupOfTwo(): Promise<string> {
  const source = freshDb();
  await saveClipping(source, sampleClipping(), 5);
  await saveClipping(source, sampleClipping({ canonicalUrl: 'https://b.example/2', title: 'Cầu mới qua sông' }), 6);
  const json = clippingsToJson(await listClippings(source), 10);
  source.close();
  return json;
}

describe('components/library/plan-import', () => {
  it('counts what a backup would add, and writes nothing', async () => {
    db = freshDb();
    const plan = await planImport(db, await backupOfTwo());
    expect(plan.ok && plan.counts).toEqual({ added: 2, updated: 0, skipped: 0 });
    expect(await db.clippings.count()).toBe(0);
  });

  it('counts rows the library already holds as unchanged, and newer copies as updates', async () => {
    db = freshDb();
    const json = await backupOfTwo();
    await saveClipping(db, sampleClipping(), 1); // older than the backup's copy: updated
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://b.example/2', title: 'Cầu mới qua sông' }), 99); // newer: unchanged
    const plan = await planImport(db, json);
    expect(plan.ok && plan.counts).toEqual({ added: 0, updated: 1, skipped: 1 });
  });

  it('lists the problems of a file with a corrupt record in both languages, and changes nothing', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ title: 'Bài có sẵn' }), 1);
    const backup = JSON.parse(await backupOfTwo()) as { clippings: Array<Record<string, unknown>> };
    delete backup.clippings[1]!.canonicalUrl;
    const plan = await planImport(db, JSON.stringify(backup));
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.problems.map((p) => p.record)).toEqual([2]);
      expect(plan.problems[0]!.vi).toContain('Bản ghi 2');
      expect(plan.problems[0]!.en).toContain('Record 2');
    }
    expect((await listClippings(db)).map((c) => c.title)).toEqual(['Bài có sẵn']);
  });

  it.each(['', '{"format":"khác"}', '{"format":"trich-bao-backup","version":1,"clippings":['])('refuses %j as a whole file', async (text) => {
    db = freshDb();
    const plan = await planImport(db, text);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.problems[0]!.record).toBeNull();
  });
});
