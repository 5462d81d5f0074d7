import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../../utils/anchoring/describe-span';
import { isMessage } from '../../../utils/messaging';
import { sameOrigin } from '../../../utils/user-highlights/same-origin';
import { MAX_EXACT, MAX_NOTE } from '../../../utils/user-highlights/payload-checks';

const TEXT = 'Sở Giáo dục yêu cầu các trường công khai khoản thu đầu năm học.';
const target = describeSpan(TEXT, 12, 30);
const draft = { pageKey: 'https://baomoi.example.vn/bai.html', scope: 'article', target, note: 'xem lại' };
const envelope = (type: string, data: unknown) => ({ channel: 'trich-bao', type, data });

describe('utils/messaging user highlight messages', () => {
  it.each([
    ['highlightSelection', { tabId: 7 }],
    ['captureUserHighlight', {}],
    ['saveUserHighlight', draft],
    ['saveUserHighlight', { ...draft, scope: 'page', note: '' }],
    ['getUserHighlights', { pageKey: 'http://127.0.0.1/tin/a.html' }],
    ['reportAnchoring', { pageKey: 'https://a.vn/x', anchored: [1, 2], orphans: [3] }],
    ['reportAnchoring', { pageKey: 'https://a.vn/x', anchored: [], orphans: [] }],
    ['clipArticle', { pageKey: 'https://baomoi.example.vn/bai.html' }],
    ['loadUserHighlightTools', {}],
    ['loadRecognizer', {}],
  ] as const)('accepts a well-formed %s', (type, data) => {
    expect(isMessage(envelope(type, data), type)).toBe(true);
  });

  it.each([
    ['highlightSelection', { tabId: -1 }],
    ['highlightSelection', { tabId: '3' }],
    ['highlightSelection', null],
    ['captureUserHighlight', { x: 1 }],
    ['saveUserHighlight', { ...draft, pageKey: 'javascript:alert(1)' }],
    ['saveUserHighlight', { ...draft, pageKey: 'chrome://settings' }],
    ['saveUserHighlight', { ...draft, pageKey: `https://a.vn/${'x'.repeat(3000)}` }],
    ['saveUserHighlight', { ...draft, scope: 'body' }],
    ['saveUserHighlight', { ...draft, note: 5 }],
    ['saveUserHighlight', { ...draft, note: 'x'.repeat(MAX_NOTE + 1) }],
    ['saveUserHighlight', { ...draft, target: { selectors: [target.selectors[1], target.selectors[0]] } }],
    ['saveUserHighlight', { ...draft, target: { selectors: [target.selectors[0]] } }],
    ['saveUserHighlight', { ...draft, target: { selectors: [{ ...target.selectors[0], start: 9, end: 3 }, target.selectors[1]] } }],
    ['saveUserHighlight', { ...draft, target: { selectors: [target.selectors[0], { ...target.selectors[1], exact: '   ' }] } }],
    ['saveUserHighlight', { ...draft, target: { selectors: [target.selectors[0], { ...target.selectors[1], exact: 'x'.repeat(MAX_EXACT + 1) }] } }],
    ['saveUserHighlight', { ...draft, target: { selectors: [{ ...target.selectors[0], start: 1.5 }, target.selectors[1]] } }],
    ['getUserHighlights', {}],
    ['getUserHighlights', { pageKey: 'file:///etc/passwd' }],
    ['reportAnchoring', { pageKey: 'https://a.vn/x', anchored: [0], orphans: [] }],
    ['reportAnchoring', { pageKey: 'https://a.vn/x', anchored: ['1'], orphans: [] }],
    ['reportAnchoring', { pageKey: 'https://a.vn/x', anchored: [] }],
    ['clipArticle', {}],
    ['clipArticle', { pageKey: 'about:blank' }],
    ['loadUserHighlightTools', { files: ['/evil.js'] }],
    ['loadRecognizer', { files: ['/evil.js'] }],
    ['loadRecognizer', null],
  ] as const)('rejects a malformed %s (%j)', (type, data) => {
    expect(isMessage(envelope(type, data), type)).toBe(false);
  });

  it('rejects a payload sent under another message name', () => {
    expect(isMessage(envelope('saveUserHighlight', draft), 'reportAnchoring')).toBe(false);
  });
});

describe('utils/user-highlights/same-origin', () => {
  it.each([
    ['https://a.vn/x', 'https://a.vn/y?z', true],
    ['https://a.vn/x', 'http://a.vn/x', false],
    ['https://a.vn/x', 'https://b.a.vn/x', false],
    ['https://a.vn/x', undefined, false],
    ['not a url', 'not a url', false],
    ['data:text/html,x', 'data:text/html,x', false],
  ])('%s and %s → %s', (a, b, expected) => {
    expect(sameOrigin(a, b)).toBe(expected);
  });
});
