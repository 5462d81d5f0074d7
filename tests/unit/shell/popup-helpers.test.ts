import { describe, expect, it } from 'vitest';
import { parseTags, snapshotToClipping } from '../../../utils/popup/snapshot-to-clipping';
import { targetTabId } from '../../../utils/popup/target-tab-id';
import { badgeText } from '../../../utils/badge-text';
import { pickUiLang, t, mentionCount } from '../../../utils/i18n';
import type { ArticleSnapshot } from '../../../utils/article-snapshot';

describe('utils/popup/snapshot-to-clipping', () => {
  it.each([
    ['a, b;c', ['a', 'b', 'c']],
    ['  nông nghiệp ,  , Tỉnh   ủy ', ['nông nghiệp', 'Tỉnh ủy']],
    ['x, x, x', ['x']],
    ['', []],
  ])('parses tags %j', (field, tags) => {
    expect(parseTags(field)).toEqual(tags);
  });

  it('copies metadata, body and entities and trims the note', () => {
    const snapshot: ArticleSnapshot = {
      isArticle: true,
      metadata: {
        title: 'T', author: null, published: '2024-01-02', site: 'S', lang: 'vi',
        canonicalUrl: 'https://s.vn/a', url: 'https://s.vn/a?utm_source=x',
      },
      officials: [], documents: [], text: 'body', markdown: '# body',
    };
    const c = snapshotToClipping(snapshot, '  ghi chú \n', 'a,b');
    expect(c).toMatchObject({ url: 'https://s.vn/a?utm_source=x', canonicalUrl: 'https://s.vn/a', title: 'T', note: 'ghi chú', tags: ['a', 'b'], markdown: '# body', text: 'body' });
  });
});

describe('utils/popup/target-tab-id', () => {
  it('takes ?tabId=N when given', async () => {
    expect(await targetTabId('?tabId=12', async () => 1)).toBe(12);
  });
  it.each(['?tabId=abc', '?tabId=-3', '?tabId=1.5'])('rejects a malformed %s', async (search) => {
    expect(await targetTabId(search, async () => 1)).toBeUndefined();
  });
  it('falls back to the active tab', async () => {
    expect(await targetTabId('', async () => 7)).toBe(7);
  });
});

describe('utils/badge-text and utils/i18n', () => {
  it.each([[0, ''], [5, '5'], [999, '999'], [1000, '999+']])('badge for %i is %j', (n, text) => {
    expect(badgeText(n)).toBe(text);
  });
  it.each([['vi-VN', 'vi'], ['vi', 'vi'], ['en-US', 'en'], ['fr', 'en'], [undefined, 'en']] as const)(
    'UI language for %s is %s',
    (browserLang, lang) => expect(pickUiLang(browserLang)).toBe(lang),
  );
  it('speaks both languages', () => {
    expect(t('clip', 'vi')).toBe('Lưu bài');
    expect(t('clip', 'en')).toBe('Clip');
    expect(mentionCount(3, 'vi')).toBe('3 lần');
  });
});
