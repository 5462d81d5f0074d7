import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isMessage, isTrustedSender } from '../../../utils/messaging';

describe('utils/messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([
    [{ channel: 'trich-bao', type: 'getArticleSnapshot', data: {} }, 'getArticleSnapshot', true],
    [{ channel: 'trich-bao', type: 'getArticleSnapshot', data: { x: 1 } }, 'getArticleSnapshot', false],
    [{ channel: 'other', type: 'getArticleSnapshot', data: {} }, 'getArticleSnapshot', false],
    [{ channel: 'trich-bao', type: 'setBadgeCount', data: { count: 3 } }, 'setBadgeCount', true],
    [{ channel: 'trich-bao', type: 'setBadgeCount', data: { count: -1 } }, 'setBadgeCount', false],
    [{ channel: 'trich-bao', type: 'setBadgeCount', data: { count: '3' } }, 'setBadgeCount', false],
    [{ channel: 'trich-bao', type: 'setBadgeCount', data: { count: 1.5 } }, 'setBadgeCount', false],
    [{ channel: 'trich-bao', type: 'setBadgeCount' }, 'setBadgeCount', false],
    [null, 'setBadgeCount', false],
    ['getArticleSnapshot', 'getArticleSnapshot', false],
  ] as const)('validates %j as %s: %s', (message, type, expected) => {
    expect(isMessage(message, type)).toBe(expected);
  });

  it('trusts extension pages only for extension-page messages', () => {
    const base = fakeBrowser.runtime.getURL('/');
    const id = fakeBrowser.runtime.id;
    expect(isTrustedSender({ id, url: `${base}popup.html` }, 'extension-page')).toBe(true);
    expect(isTrustedSender({ id, url: `${base}popup.html`, tab: { id: 4 } as never }, 'extension-page')).toBe(true);
    expect(isTrustedSender({ id, url: 'https://bao.vn/a', tab: { id: 4 } as never }, 'extension-page')).toBe(false);
    expect(isTrustedSender({ id: 'other-extension', url: `${base}popup.html` }, 'extension-page')).toBe(false);
  });

  it('trusts content scripts only when they run in a tab', () => {
    const id = fakeBrowser.runtime.id;
    expect(isTrustedSender({ id, url: 'https://bao.vn/a', tab: { id: 4 } as never }, 'content-script')).toBe(true);
    expect(isTrustedSender({ id, url: 'https://bao.vn/a' }, 'content-script')).toBe(false);
    expect(isTrustedSender({ id, url: fakeBrowser.runtime.getURL('/popup.html'), tab: { id: 4 } as never }, 'content-script')).toBe(false);
  });
});
