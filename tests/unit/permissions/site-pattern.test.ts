import { describe, expect, it } from 'vitest';
import { sitePattern, sitePatterns } from '../../../utils/permissions/site-pattern';
import { loadSiteList, resetSiteList, saveSiteList } from '../../../utils/permissions/site-list-store';
import { DEFAULT_NEWS_SITES } from '../../../utils/permissions/news-sites';

describe('utils/permissions/site-pattern', () => {
  it.each([
    ['https://www.bao.vn/tin/a.html?x=1', '*://*.bao.vn/*'],
    ['http://tinhuy.langson.gov.vn/a', '*://*.tinhuy.langson.gov.vn/*'],
    ['http://127.0.0.1:8080/a', '*://127.0.0.1/*'],
    ['http://localhost:3000/', '*://localhost/*'],
    ['chrome://extensions', null],
    ['file:///tmp/a.html', null],
    ['not a url', null],
  ])('pattern for %s is %s', (url, pattern) => {
    expect(sitePattern(url)).toBe(pattern);
  });

  it('turns typed lines into distinct patterns, skipping blanks and comments', () => {
    expect(sitePatterns(['vnexpress.net', ' https://www.vnexpress.net/ ', '', '# ghi chú', 'nhandan.vn'])).toEqual([
      '*://*.vnexpress.net/*',
      '*://*.nhandan.vn/*',
    ]);
  });

  it('every built-in outlet gives a valid pattern', () => {
    expect(sitePatterns([...DEFAULT_NEWS_SITES])).toHaveLength(DEFAULT_NEWS_SITES.length);
  });
});

describe('utils/permissions/site-list-store', () => {
  it('starts from the built-in list, keeps edits, and resets', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    };
    expect(loadSiteList(storage)).toEqual([...DEFAULT_NEWS_SITES]);
    saveSiteList(storage, ['baolangson.vn', '  ', 'nhandan.vn ']);
    expect(loadSiteList(storage)).toEqual(['baolangson.vn', 'nhandan.vn']);
    expect(resetSiteList(storage)).toEqual([...DEFAULT_NEWS_SITES]);
    expect(loadSiteList(storage)).toEqual([...DEFAULT_NEWS_SITES]);
  });
});
