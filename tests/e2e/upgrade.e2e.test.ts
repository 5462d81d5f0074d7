import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, type ExtensionBrowser } from './support/launch-extension';
import { readStore } from './support/read-store';

let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
});

/** Rows as version 1 of the schema stored them (the first shipped shape). */
const V1_ROWS = [1, 2, 3].map((n) => ({
  id: n * 10,
  url: `https://bao.example.vn/tin/${n}.html?utm_source=x`,
  canonicalUrl: `https://bao.example.vn/tin/${n}.html`,
  title: `Bài số ${n}: Tỉnh ủy họp phiên thứ ${n}`,
  author: n === 2 ? null : 'Minh An',
  published: n === 3 ? null : `2024-0${n}-1${n}T08:00:00+07:00`,
  site: 'Báo Thử',
  lang: 'vi',
  markdown: `Nội dung bài ${n}.`,
  text: `Nội dung bài ${n}. Đồng chí Lò Văn Pha, Bí thư Tỉnh ủy, phát biểu.`,
  officials: [{ kind: 'official', key: 'official:lò văn pha', name: 'Lò Văn Pha', titles: ['Bí thư Tỉnh ủy'], ranks: [], mentions: [{ start: 20, end: 30, surface: 'Lò Văn Pha' }] }],
  documents: [],
  entityKeys: ['official:lò văn pha'],
  note: n === 1 ? 'ghi chú cũ' : '',
  tags: n === 1 ? ['cũ'] : [],
  clippedAt: 1_700_000_000_000 + n,
  updatedAt: 1_700_000_000_000 + n,
}));

/** Writes a version-1 database with the browser's own IndexedDB (Dexie stores version n as n × 10). */
function writeV1(page: Page): Promise<void> {
  return page.evaluate(
    (rows) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('trich-bao', 10);
        open.onupgradeneeded = () => {
          const store = open.result.createObjectStore('clippings', { keyPath: 'id', autoIncrement: true });
          store.createIndex('canonicalUrl', 'canonicalUrl', { unique: true });
          for (const name of ['url', 'clippedAt', 'updatedAt', 'site']) store.createIndex(name, name);
          store.createIndex('entityKeys', 'entityKeys', { multiEntry: true });
          store.createIndex('tags', 'tags', { multiEntry: true });
          for (const row of rows) store.add(row);
        };
        open.onsuccess = () => {
          open.result.close();
          done();
        };
        open.onerror = () => fail(open.error);
      }),
    V1_ROWS,
  );
}


describe('schema upgrade in Chromium', () => {
  it('opens a version-1 database and keeps every row, with the same primary keys', async () => {
    const page = await ext.context.newPage();
    // The options page never opens the clippings database, so the old one can be written first.
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await writeV1(page);

    await page.goto(`chrome-extension://${ext.extensionId}/library.html`);
    await expect.poll(() => page.getByText('Bài số 2: Tỉnh ủy họp phiên thứ 2').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const version = await page.evaluate(
      () => new Promise<number>((done) => (indexedDB.open('trich-bao').onsuccess = (e) => {
        const db = (e.target as IDBOpenDBRequest).result;
        done(db.version);
        db.close();
      })),
    );
    expect(version).toBeGreaterThan(10);

    const rows = await readStore(page, 'clippings');
    expect(rows.map((r) => r.id).sort()).toEqual([10, 20, 30]);
    for (const old of V1_ROWS) {
      const row = rows.find((r) => r.id === old.id)!;
      // Every v1 field that stays in this table is unchanged.
      for (const field of ['url', 'canonicalUrl', 'title', 'author', 'published', 'site', 'note', 'tags', 'clippedAt', 'entityKeys'] as const) {
        expect(row[field], `${old.id}.${field}`).toEqual(old[field]);
      }
    }
    // The article bodies survive, in the row or in the table later versions keep them in.
    const bodies = [...rows, ...(await readStore(page, 'clippingBodies'))];
    for (const old of V1_ROWS) {
      expect(bodies.some((b) => b.text === old.text && b.markdown === old.markdown), `body of ${old.id}`).toBe(true);
    }
    // The entity index built by the upgrade counts the official in all three clippings.
    const entities = await readStore(page, 'entities');
    expect(entities.find((e) => e.key === 'official:lò văn pha')).toMatchObject({ count: 3 });
    // Version 5 built the search postings and order keys from the old rows: search and a facet filter answer.
    await page.getByTestId('library-search').fill('lo van pha phat bieu');
    await expect.poll(() => page.getByTestId('result-count').textContent()).toMatch(/^3 /);
    await page.getByTestId('library-search').fill('ghi chu cu');
    await expect.poll(() => page.getByTestId('result-count').textContent()).toMatch(/^1 /);
    expect(rows.every((r) => Array.isArray(r.orderKeys) && r.orderKeys.length > 0)).toBe(true);
    await page.close();
  });
});
