import { afterEach, describe, expect, it } from 'vitest';
import { describeSpan } from '../../../utils/anchoring/describe-span';
import { addUserHighlight } from '../../../utils/db/add-user-highlight';
import { deleteUserHighlight } from '../../../utils/db/delete-user-highlight';
import { listUserHighlights } from '../../../utils/db/list-user-highlights';
import { recordAnchoring } from '../../../utils/db/record-anchoring';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { highlightExact, type NewUserHighlight } from '../../../utils/db/user-highlight';
import { freshDb } from '../db/sample-clipping';

const TEXT = 'Chiều qua, Hội đồng nhân dân tỉnh thông qua nghị quyết về giá đất năm tới.';
const PAGE = 'https://baomien.example.vn/hdnd-thong-qua-gia-dat.html';

function input(start: number, end: number, overrides: Partial<NewUserHighlight> = {}): NewUserHighlight {
  return { pageKey: PAGE, url: `${PAGE}?ref=home`, scope: 'article', target: describeSpan(TEXT, start, end), note: '', ...overrides };
}

let db: TrichBaoDb;
afterEach(() => db?.close());

describe('utils/db user highlights', () => {
  it('stores a highlight with its selectors and note, placed and dated', async () => {
    db = freshDb();
    const saved = await addUserHighlight(db, input(11, 33, { note: 'HĐND họp kỳ cuối năm' }), 1000);
    expect(saved).toMatchObject({ id: 1, pageKey: PAGE, note: 'HĐND họp kỳ cuối năm', createdAt: 1000, orphan: false, checkedAt: 1000 });
    expect(highlightExact(saved)).toBe('Hội đồng nhân dân tỉnh');
    expect(await db.userHighlights.get(1)).toEqual(saved);
  });

  it('keeps only known fields of the input (stray properties never reach the store)', async () => {
    db = freshDb();
    const stray = { ...input(0, 9), id: 99, orphan: true, evil: '<script>' } as unknown as NewUserHighlight;
    const saved = await addUserHighlight(db, stray, 5);
    expect(saved.id).toBe(1);
    expect(Object.keys((await db.userHighlights.get(1))!).sort()).toEqual(['checkedAt', 'createdAt', 'id', 'note', 'orphan', 'pageKey', 'scope', 'target', 'url']);
  });

  it('lists the highlights of one page only, oldest first', async () => {
    db = freshDb();
    await addUserHighlight(db, input(TEXT.indexOf('nghị quyết'), TEXT.indexOf(' năm tới')), 30);
    await addUserHighlight(db, input(0, 9, { pageKey: 'https://khac.example.vn/x' }), 10);
    await addUserHighlight(db, input(11, 33), 20);
    const rows = await listUserHighlights(db, PAGE);
    expect(rows.map(highlightExact)).toEqual(['Hội đồng nhân dân tỉnh', 'nghị quyết về giá đất']);
    expect(await listUserHighlights(db, 'https://chua-co.example.vn/')).toEqual([]);
  });

  it('flags orphans and clears the flag when a later visit places them again', async () => {
    db = freshDb();
    const a = await addUserHighlight(db, input(11, 33), 1);
    const b = await addUserHighlight(db, input(TEXT.indexOf('nghị quyết'), TEXT.indexOf(' năm tới')), 2);
    expect(await recordAnchoring(db, { pageKey: PAGE, anchored: [a.id!], orphans: [b.id!] }, 50)).toBe(2);
    expect((await listUserHighlights(db, PAGE)).map((h) => [h.orphan, h.checkedAt])).toEqual([[false, 50], [true, 50]]);
    await recordAnchoring(db, { pageKey: PAGE, anchored: [a.id!, b.id!], orphans: [] }, 60);
    expect((await listUserHighlights(db, PAGE)).map((h) => h.orphan)).toEqual([false, false]);
  });

  it('never touches highlights of another page through a report', async () => {
    db = freshDb();
    const other = await addUserHighlight(db, input(0, 9, { pageKey: 'https://khac.example.vn/x' }), 1);
    expect(await recordAnchoring(db, { pageKey: PAGE, anchored: [], orphans: [other.id!] }, 9)).toBe(0);
    expect((await db.userHighlights.get(other.id!))!.orphan).toBe(false);
  });

  it('keeps orphans until the reader deletes one', async () => {
    db = freshDb();
    const a = await addUserHighlight(db, input(11, 33), 1);
    await recordAnchoring(db, { pageKey: PAGE, anchored: [], orphans: [a.id!] }, 2);
    expect(await listUserHighlights(db, PAGE)).toHaveLength(1);
    await deleteUserHighlight(db, a.id!);
    expect(await listUserHighlights(db, PAGE)).toEqual([]);
  });
});
