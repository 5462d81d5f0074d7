import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HIGHLIGHT_SETTINGS,
  highlightsAllowed,
  parseHighlightSettings,
  siteKey,
  withSiteHighlights,
} from '../../../utils/settings/highlight-settings';
import { createMentionStepper } from '../../../utils/hover/mention-stepper';
import type { Recognition } from '../../../utils/entities/types';

describe('utils/settings/highlight-settings', () => {
  it.each([
    ['https://www.baolangson.vn/a', 'baolangson.vn'],
    ['http://127.0.0.1:5000/x', '127.0.0.1'],
    ['chrome://newtab', ''],
    ['nonsense', ''],
  ])('site key of %s is %j', (url, key) => expect(siteKey(url)).toBe(key));

  it('switches one site off and on without touching others', () => {
    const off = withSiteHighlights(DEFAULT_HIGHLIGHT_SETTINGS, 'https://a.vn/1', false);
    expect(highlightsAllowed(off, 'https://www.a.vn/2')).toBe(false);
    expect(highlightsAllowed(off, 'https://b.vn/2')).toBe(true);
    const on = withSiteHighlights(off, 'https://a.vn/3', true);
    expect(on.disabledSites).toEqual([]);
  });

  it('the global switch wins over sites', () => {
    expect(highlightsAllowed({ enabled: false, disabledSites: [] }, 'https://a.vn/')).toBe(false);
  });

  it.each([null, 'x', 42, { enabled: 'yes', disabledSites: [1, 'a.vn'] }])('parses stored junk %j safely', (value) => {
    const s = parseHighlightSettings(value);
    expect(typeof s.enabled).toBe('boolean');
    expect(s.disabledSites.every((x) => typeof x === 'string')).toBe(true);
  });
});

describe('utils/hover/mention-stepper', () => {
  const m = (start: number) => ({ start, end: start + 2, surface: 'ab' });
  const recognition: Recognition = {
    officials: [{ kind: 'official', key: 'o', name: 'A', titles: [], ranks: [], mentions: [m(10), m(50)] }],
    documents: [{ kind: 'document', key: 'd', surface: 'D', type: null, number: null, symbol: null, year: null, date: null, issuer: null, term: null, mentions: [m(30)] }],
  };
  it('steps in reading order and wraps around both ways', () => {
    const stepper = createMentionStepper();
    expect([1, 1, 1, 1].map(() => stepper.step(recognition, 1)?.start)).toEqual([10, 30, 50, 10]);
    expect(stepper.step(recognition, -1)?.start).toBe(50);
    expect(createMentionStepper().step(recognition, -1)?.start).toBe(50);
    expect(createMentionStepper().step({ officials: [], documents: [] }, 1)).toBeNull();
  });
});
