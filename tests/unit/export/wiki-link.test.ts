import { describe, expect, it } from 'vitest';
import { wikiLink } from '../../../utils/export/wiki-link';

describe('utils/export/wiki-link', () => {
  it.each([
    ['Trần Sỹ Thanh', '[[Trần Sỹ Thanh]]'],
    ['29-NQ/TU', '[[29-NQ-TU|29-NQ/TU]]'],
    ['100/2019/NĐ-CP', '[[100-2019-NĐ-CP|100/2019/NĐ-CP]]'],
    ['Nghị quyết [mới] #1', '[[Nghị quyết mới 1|Nghị quyết mới #1]]'],
    ['a|b', '[[a b]]'],
    ['dòng một\ndòng hai', '[[dòng một dòng hai]]'],
    ['  ', '  '],
    ['[[]]', '[[]]'],
    ['..ẩn', '[[ẩn|..ẩn]]'],
  ])('links %j as %s', (text, link) => {
    expect(wikiLink(text)).toBe(link);
  });
});
