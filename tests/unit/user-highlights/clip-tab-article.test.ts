import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { getClippingByCanonicalUrl } from '../../../utils/db/get-clipping';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { clipTabArticle } from '../../../utils/user-highlights/clip-tab-article';
import { freshDb, official, sampleClipping } from '../db/sample-clipping';

const KEY = 'https://baotinh.example.vn/hoi-nghi-tinh-uy-123.html';
const page = {
  isArticle: true, url: `${KEY}?utm_source=fb`, html: '<html></html>', text: 'Đồng chí Nguyễn Văn An chủ trì.',
  officials: [official('nguyen van an', 'Nguyễn Văn An')], documents: [],
};
const details = {
  markdown: 'Đồng chí **Nguyễn Văn An** chủ trì.',
  metadata: { title: 'Tỉnh ủy họp', author: 'Lê Thu Hà', published: null, site: 'Báo Tỉnh', lang: 'vi', canonicalUrl: KEY, url: page.url },
};

let db: TrichBaoDb;
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

/** The tab answers the snapshot message with `snapshot` and the injected script with `result`. */
function tab(snapshot: unknown, result: unknown) {
  const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(snapshot as never);
  const inject = vi.spyOn(browser.scripting, 'executeScript').mockResolvedValue([{ frameId: 0, result }] as never);
  return { send, inject };
}

describe('utils/user-highlights/clip-tab-article', () => {
  it('clips an article not clipped yet from the tab scan and the injected reader', async () => {
    db = freshDb();
    const { inject } = tab(page, details);
    expect(await clipTabArticle(4, KEY, db)).toBe('created');
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 4 }, files: ['/article-details.js'] });
    expect(await getClippingByCanonicalUrl(db, KEY)).toMatchObject({ title: 'Tỉnh ủy họp', markdown: details.markdown, text: page.text, note: '', tags: [] });
  });

  it('leaves an existing clipping alone, note and tags included', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ note: 'của tôi', tags: ['Đảng'] }));
    const { send } = tab(page, details);
    expect(await clipTabArticle(4, KEY, db)).toBe('existing');
    expect(send).not.toHaveBeenCalled();
    expect(await getClippingByCanonicalUrl(db, KEY)).toMatchObject({ note: 'của tôi', tags: ['Đảng'] });
  });

  it('clips nothing on a page that is not an article', async () => {
    db = freshDb();
    const { inject } = tab({ ...page, isArticle: false }, details);
    expect(await clipTabArticle(4, KEY, db)).toBe('not-article');
    expect(inject).not.toHaveBeenCalled();
  });

  it.each([
    ['a malformed snapshot', { isArticle: true }, details],
    ['a malformed reader result', page, { markdown: 3 }],
  ])('stores nothing for %s', async (_name, snapshot, result) => {
    db = freshDb();
    tab(snapshot, result);
    expect(await clipTabArticle(4, KEY, db)).toBe('failed');
    expect(await db.clippings.count()).toBe(0);
  });
});
