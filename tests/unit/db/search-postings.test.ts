import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteClipping } from '../../../utils/db/delete-clipping';
import { facetToken } from '../../../utils/db/facet-token';
import { getClipping } from '../../../utils/db/get-clipping';
import { importClippings } from '../../../utils/db/import-clippings';
import { postingCount, postingIds } from '../../../utils/db/posting-ids';
import { queryLibrary } from '../../../utils/db/query-library';
import { restoreClipping } from '../../../utils/db/restore-clipping';
import { saveClipping } from '../../../utils/db/save-clipping';
import { flushSearchPending, PENDING_MAX } from '../../../utils/db/search-changes';
import { applySearchDeltas, POSTING_BLOCK, postingKey } from '../../../utils/db/search-postings';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { updateClippingNote, updateClippingTags } from '../../../utils/db/update-clipping';
import { freshDb, official, sampleClipping } from './sample-clipping';

let db: TrichBaoDb;
afterEach(() => db?.close());

/** The postings as a plain map key → ids, for comparison. */
async function dump(): Promise<Record<string, number[]>> {
  return Object.fromEntries((await db.searchPostings.toArray()).map((p) => [p.key, [...p.ids]]));
}

/** The postings with the pending clippings' tokens merged in, checking that no clipping is in both places. */
async function dumpWithPending(): Promise<Record<string, number[]>> {
  const map = new Map(Object.entries(await dump()));
  const pending = await db.searchPending.toArray();
  const pendingIds = new Set(pending.map((p) => p.clippingId));
  for (const ids of map.values()) expect(ids.filter((id) => pendingIds.has(id))).toEqual([]);
  for (const p of pending) {
    for (const token of new Set(p.tokens)) {
      const key = postingKey(token, p.clippingId);
      map.set(key, [...(map.get(key) ?? []), p.clippingId].sort((a, b) => a - b));
    }
  }
  return Object.fromEntries(map);
}

/** What the postings must be: rebuilt from every body's search tokens. */
async function rebuilt(): Promise<Record<string, number[]>> {
  const map = new Map<string, number[]>();
  for (const body of await db.clippingBodies.orderBy('clippingId').toArray()) {
    for (const token of new Set(body.searchTokens)) {
      const key = postingKey(token, body.clippingId);
      map.set(key, [...(map.get(key) ?? []), body.clippingId]);
    }
  }
  return Object.fromEntries(map);
}

const sorted = (o: Record<string, number[]>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

describe('utils/db/search-postings', () => {
  it('puts ids of one block in one row and the next block in another', () => {
    expect(postingKey('nghi', 1)).toBe(postingKey('nghi', POSTING_BLOCK - 1));
    expect(postingKey('nghi', POSTING_BLOCK)).not.toBe(postingKey('nghi', POSTING_BLOCK - 1));
    // Block numbers sort as strings in numeric order, so a prefix read returns blocks in id order.
    expect(postingKey('a', 35 * POSTING_BLOCK) < postingKey('a', 36 * POSTING_BLOCK)).toBe(true);
  });

  it('adds ids sorted, removes them, and deletes rows left empty', async () => {
    db = freshDb();
    await db.transaction('rw', db.searchPostings, async () => {
      await applySearchDeltas(db, [[7, undefined, ['thanh', 'so']], [3, undefined, ['thanh']], [POSTING_BLOCK + 2, undefined, ['thanh']]]);
    });
    expect(await dump()).toEqual({ [postingKey('thanh', 3)]: [3, 7], [postingKey('so', 7)]: [7], [postingKey('thanh', POSTING_BLOCK + 2)]: [POSTING_BLOCK + 2] });
    await db.transaction('rw', db.searchPostings, async () => {
      await applySearchDeltas(db, [[7, ['thanh', 'so'], ['so', 'moi']], [POSTING_BLOCK + 2, ['thanh'], undefined]]);
    });
    expect(await dump()).toEqual({ [postingKey('thanh', 3)]: [3], [postingKey('so', 7)]: [7], [postingKey('moi', 7)]: [7] });
  });

  it('reads ids by prefix or whole token, and counts a token without reading ids one by one', async () => {
    db = freshDb();
    await db.transaction('rw', db.searchPostings, () =>
      applySearchDeltas(db, [[1, undefined, ['thanh', 'tha']], [2, undefined, ['thanh']], [3, undefined, ['tha']], [POSTING_BLOCK * 3, undefined, ['thanh']]]));
    expect([...(await postingIds(db, ['tha']))].sort((a, b) => a - b)).toEqual([1, 2, 3, POSTING_BLOCK * 3]);
    expect([...(await postingIds(db, ['tha'], true))].sort((a, b) => a - b)).toEqual([1, 3]);
    expect([...(await postingIds(db, ['x', 'thanh'], true))].sort((a, b) => a - b)).toEqual([1, 2, POSTING_BLOCK * 3]);
    expect(await postingCount(db, 'thanh')).toBe(3);
    expect(await postingCount(db, 'th')).toBe(0);
  });

  it('stays equal to a rebuild from the bodies through saves, re-clips, edits, deletes, undo and imports', async () => {
    db = freshDb();
    const a = await saveClipping(db, sampleClipping({ canonicalUrl: 'https://x.example/a', text: 'Tỉnh đẩy mạnh chuyển đổi số.' }), 1);
    const b = await saveClipping(db, sampleClipping({ canonicalUrl: 'https://x.example/b', site: 'Báo B', officials: [official('official:le thi', 'Lê Thị Lan')] }), 2);
    await saveClipping(db, sampleClipping({ canonicalUrl: 'https://x.example/a', text: 'Bản sửa: nông nghiệp xanh.' }), 3);
    await updateClippingNote(db, a.id!, 'theo dõi đường sắt', 4);
    await updateClippingTags(db, b.id!, ['giao thông'], 5);
    const deleted = (await getClipping(db, b.id!))!;
    await deleteClipping(db, b.id!);
    expect(await rebuilt()).toEqual(sorted(await dumpWithPending()));
    await restoreClipping(db, deleted);
    await importClippings(db, [
      { ...deleted, id: 40, canonicalUrl: 'https://x.example/c', title: 'Bài nhập từ bản sao', updatedAt: 9 },
      { ...(await getClipping(db, a.id!))!, text: 'Bản nhập mới hơn về khoa học.', updatedAt: 99 },
    ]);
    expect(sorted(await dumpWithPending())).toEqual(sorted(await rebuilt()));
    // New single saves wait in the pending table; the import wrote straight to the postings.
    expect((await db.searchPending.toArray()).map((p) => p.clippingId).sort()).toEqual([a.id, b.id].sort());
    expect(await flushSearchPending(db)).toBe(2);
    expect(await db.searchPending.count()).toBe(0);
    expect(sorted(await dump())).toEqual(sorted(await rebuilt()));
    // The facet entries answer filters: two clippings on Báo B now, one with the tag.
    expect(await postingCount(db, facetToken({ site: 'Báo B' }))).toBe(2);
    expect(await postingCount(db, facetToken({ tag: 'giao thông' }))).toBe(2);
    expect([...(await postingIds(db, ['khoa']))]).toEqual([a.id]);
  });

  it('finds a just-saved clipping while its tokens are pending, and merges a full batch after a save', async () => {
    db = freshDb();
    const ids: number[] = [];
    for (let i = 0; i < PENDING_MAX - 1; i++) {
      ids.push((await saveClipping(db, sampleClipping({ canonicalUrl: `https://x.example/${i}`, title: `Bài số ${i} về cầu treo` }), i)).id!);
    }
    expect(await db.searchPending.count()).toBe(PENDING_MAX - 1);
    expect(await db.searchPostings.count()).toBe(0);
    const page = await queryLibrary(db, { search: 'cau treo', limit: 100 });
    expect(page.total).toBe(PENDING_MAX - 1);
    expect((await queryLibrary(db, { filter: { site: 'Báo Tỉnh' } })).total).toBe(PENDING_MAX - 1);
    // The save that fills the batch starts the merge in the background.
    ids.push((await saveClipping(db, sampleClipping({ canonicalUrl: 'https://x.example/last', title: 'Bài cuối về cầu treo' }), 99)).id!);
    await vi.waitFor(async () => expect(await db.searchPending.count()).toBe(0));
    expect(sorted(await dump())).toEqual(sorted(await rebuilt()));
    expect((await queryLibrary(db, { search: 'cau treo', limit: 100 })).rows.map((r) => r.id!).sort((x, y) => x - y)).toEqual(ids);
  });
});
