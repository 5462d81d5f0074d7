import { describe, expect, it } from 'vitest';
import { cleanUrl } from '../../../utils/article/clean-url';

describe('utils/article/clean-url', () => {
  it.each([
    ['https://a.vn/bai.html?utm_source=fb&utm_medium=social', 'https://a.vn/bai.html'],
    ['https://a.vn/bai.html?id=5&fbclid=XYZ&gclid=1', 'https://a.vn/bai.html?id=5'],
    ['https://a.vn/bai.html#binh-luan', 'https://a.vn/bai.html'],
    ['https://a.vn/bai.html?zarsrc=30&utm_campaign=x#top', 'https://a.vn/bai.html'],
    ['https://a.vn/tim?q=n%C3%B4ng+th%C3%B4n', 'https://a.vn/tim?q=n%C3%B4ng+th%C3%B4n'],
    ['  https://a.vn/x  ', 'https://a.vn/x'],
  ])('%s → %s', (href, expected) => {
    expect(cleanUrl(href)).toBe(expected);
  });

  it('resolves relative links against the base', () => {
    expect(cleanUrl('/thoi-su/bai.html?utm_source=x', 'https://a.vn/kinh-te/khac.html')).toBe('https://a.vn/thoi-su/bai.html');
    expect(cleanUrl('bai.html', 'https://a.vn/kinh-te/')).toBe('https://a.vn/kinh-te/bai.html');
  });

  it.each([['javascript:alert(1)'], ['mailto:a@b.vn'], ['not a url'], ['']])('refuses %j', (href) => {
    expect(cleanUrl(href)).toBeNull();
  });
});
