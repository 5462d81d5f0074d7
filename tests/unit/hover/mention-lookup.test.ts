// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { createMentionLookup } from '../../../utils/hover/mention-lookup';
import { entityCardLines } from '../../../utils/hover/entity-card-lines';
import type { DocumentRef, Official } from '../../../utils/entities/types';

const official = (name: string, spans: Array<[number, number]>): Official => ({
  kind: 'official', key: `official:${name}`, name, titles: ['Bí thư Tỉnh ủy'], ranks: [],
  mentions: spans.map(([start, end]) => ({ start, end, surface: name })),
});

describe('utils/hover/mention-lookup', () => {
  it('finds the mention under a caret in any text node, and nothing between mentions', () => {
    document.body.innerHTML = '<p>Ông <b>Lò Văn Pha</b> nói.</p><p>Ông Pha về.</p>';
    const index = buildTextIndex(document.body);
    const full = index.text.indexOf('Lò Văn Pha');
    const short = index.text.lastIndexOf('Pha');
    const o = official('Lò Văn Pha', [[full, full + 10], [short, short + 3]]);
    const lookup = createMentionLookup(index, [o]);
    const bold = document.querySelector('b')!.firstChild!;
    expect(lookup(bold, 0)?.entity).toBe(o);
    expect(lookup(bold, 9)?.start).toBe(full);
    const second = document.querySelectorAll('p')[1]!.firstChild!;
    expect(lookup(second, 4)?.start).toBe(short);
    expect(lookup(second, 1)).toBeNull();
    expect(lookup(document.createTextNode('x'), 0)).toBeNull();
  });

  it('answers in a fraction of a millisecond with 8,000 mentions', () => {
    const text = 'Ông Lò Văn Pha. '.repeat(8000);
    document.body.textContent = text;
    const index = buildTextIndex(document.body);
    const spans: Array<[number, number]> = [];
    for (let i = 0; i < 8000; i++) spans.push([i * 16 + 4, i * 16 + 14]);
    const lookup = createMentionLookup(index, [official('Lò Văn Pha', spans)]);
    const node = document.body.firstChild!;
    expect(lookup(node, 7999 * 16 + 5)?.start).toBe(7999 * 16 + 4);
    expect(lookup(node, 7999 * 16 + 15)).toBeNull();
  });
});

describe('utils/hover/entity-card-lines', () => {
  it('describes an official with titles and counts', () => {
    const lines = entityCardLines(official('Lò Văn Pha', [[0, 3], [5, 8]]), 'vi', 4);
    expect(lines).toEqual({
      kind: 'Quan chức',
      heading: 'Lò Văn Pha',
      lines: ['Bí thư Tỉnh ủy', 'Nhắc đến: 2 lần', 'Bài đã lưu nhắc đến: 4'],
    });
  });

  it('describes a document with only the fields it has', () => {
    const d: DocumentRef = {
      kind: 'document', key: 'document:29-nq/tu', surface: 'Nghị quyết số 29-NQ/TU', type: 'Nghị quyết',
      number: '29', symbol: 'NQ/TU', year: null, date: '2011-11-10', issuer: 'Ban Chấp hành Đảng bộ tỉnh', term: null,
      mentions: [{ start: 0, end: 5, surface: 'x' }],
    };
    expect(entityCardLines(d, 'en').lines).toEqual([
      'Number: 29', 'Symbol: NQ/TU', 'Date: 2011-11-10', 'Issuer: Ban Chấp hành Đảng bộ tỉnh', 'Mentioned: 1×',
    ]);
  });
});
