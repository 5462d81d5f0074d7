import { afterEach, describe, expect, it } from 'vitest';
import { attachUserHighlights } from '../../../components/library/attach-user-highlights';
import { buildExport } from '../../../components/library/build-export';
import { addUserHighlight } from '../../../utils/db/add-user-highlight';
import { saveClipping } from '../../../utils/db/save-clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import type { NewUserHighlight } from '../../../utils/db/user-highlight';
import { freshDb, sampleClipping } from '../db/sample-clipping';

let db: TrichBaoDb;
afterEach(() => db?.close());

function highlight(pageKey: string, exact: string, note: string): NewUserHighlight {
  return {
    pageKey, url: pageKey, scope: 'article', note,
    target: { selectors: [{ type: 'TextPositionSelector', start: 0, end: exact.length }, { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
  };
}

describe('components/library/attach-user-highlights', () => {
  it('attaches each page\'s highlights, oldest first, and none to a page without', async () => {
    db = freshDb();
    const a = await saveClipping(db, sampleClipping({ canonicalUrl: 'https://b.example/a' }), 1);
    const b = await saveClipping(db, sampleClipping({ canonicalUrl: 'https://b.example/b' }), 2);
    await addUserHighlight(db, highlight('https://b.example/a', 'họp bàn kế hoạch', 'xem lại'), 20);
    await addUserHighlight(db, highlight('https://b.example/a', 'Sáng nay', ''), 10);
    const [withA, withB] = await attachUserHighlights(db, [a, b]);
    expect(withA!.userHighlights).toEqual([{ exact: 'Sáng nay', note: '' }, { exact: 'họp bàn kế hoạch', note: 'xem lại' }]);
    expect(withB!.userHighlights).toEqual([]);
  });

  it('puts the highlights and their notes into the Markdown export', async () => {
    db = freshDb();
    const a = await saveClipping(db, sampleClipping({ canonicalUrl: 'https://b.example/a' }), 1);
    await addUserHighlight(db, highlight('https://b.example/a', 'họp bàn kế hoạch', 'cần số liệu quý'), 20);
    const text = await (await buildExport('markdown', await attachUserHighlights(db, [a]), { lang: 'vi' })).blob.text();
    expect(text).toContain('họp bàn kế hoạch');
    expect(text).toContain('cần số liệu quý');
  });
});
