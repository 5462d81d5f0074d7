import { afterEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { describeSpan } from '../../../utils/anchoring/describe-span';
import { addUserHighlight } from '../../../utils/db/add-user-highlight';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { isArticleDetailsResult } from '../../../utils/user-highlights/article-details-result';
import { pageHighlightsFor, recordTabAnchoring } from '../../../utils/user-highlights/serve-page-highlights';
import { freshDb } from '../db/sample-clipping';

const TEXT = 'Bộ Y tế khuyến cáo người dân tiêm nhắc lại trước mùa lạnh.';
const KEY = 'https://suckhoe.example.vn/tiem-nhac-lai.html';
const sender = (url: string) => ({ id: 'ext', url, tab: { id: 3, url } }) as unknown as Browser.runtime.MessageSender;

let db: TrichBaoDb;
afterEach(() => db?.close());

async function seed(): Promise<void> {
  db = freshDb();
  await addUserHighlight(db, { pageKey: KEY, url: `${KEY}?from=home`, scope: 'article', target: describeSpan(TEXT, 0, 7), note: 'riêng tư' }, 1);
}

describe('utils/user-highlights/serve-page-highlights', () => {
  it('gives a tab the highlights of its page, without notes or dates', async () => {
    await seed();
    expect(await pageHighlightsFor(KEY, sender('https://suckhoe.example.vn/tiem-nhac-lai.html#top'), db)).toEqual([
      { id: 1, scope: 'article', target: describeSpan(TEXT, 0, 7) },
    ]);
  });

  it('gives nothing to a page of another origin naming this page as its canonical URL', async () => {
    await seed();
    expect(await pageHighlightsFor(KEY, sender('https://ke-gian.example.com/bai.html'), db)).toEqual([]);
  });

  it('lets a tab mark orphans only among the highlights it may see', async () => {
    await seed();
    await recordTabAnchoring({ pageKey: KEY, anchored: [], orphans: [1] }, sender('https://ke-gian.example.com/x'), db);
    expect((await db.userHighlights.get(1))!.orphan).toBe(false);
    await recordTabAnchoring({ pageKey: KEY, anchored: [], orphans: [1] }, sender(KEY), db);
    expect((await db.userHighlights.get(1))!.orphan).toBe(true);
  });
});

describe('utils/user-highlights/article-details-result', () => {
  const good = {
    markdown: '# Tiêu đề\n\nNội dung.',
    metadata: { title: 'Tiêm nhắc lại', author: null, published: '2024-10-01', site: 'Sức Khỏe', lang: 'vi', canonicalUrl: KEY, url: KEY },
  };
  it.each([
    ['a full result', good, true],
    ['no markdown', { ...good, markdown: undefined }, false],
    ['a number for a title', { ...good, metadata: { ...good.metadata, title: 1 } }, false],
    ['no metadata', { markdown: '' }, false],
    ['null', null, false],
  ])('%s → %s', (_name, value, expected) => {
    expect(isArticleDetailsResult(value)).toBe(expected);
  });
});
