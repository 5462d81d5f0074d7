import { describe, expect, it, vi } from 'vitest';
import { bodyMentions } from '../../../components/library/body-mentions';
import type { DocumentRef, Official, Recognition } from '../../../utils/entities/types';

const TEXT = 'Bí thư Tỉnh ủy Hà Văn Tùng chủ trì. Theo Nghị quyết số 12-NQ/TU, ông Tùng giao việc.';
const at = (surface: string, text = TEXT, from = 0) => ({ start: text.indexOf(surface, from), end: text.indexOf(surface, from) + surface.length, surface });

const tung = (text = TEXT): Official => ({
  kind: 'official', key: 'official:ha van tung', name: 'Hà Văn Tùng', titles: ['Bí thư Tỉnh ủy'], ranks: [],
  mentions: [at('Hà Văn Tùng', text), at('ông Tùng', text)],
});
const nq = (text = TEXT): DocumentRef => ({
  kind: 'document', key: 'nghi-quyet:12-nq/tu', surface: 'Nghị quyết số 12-NQ/TU', type: 'Nghị quyết', number: '12', symbol: 'NQ/TU',
  year: null, date: '2021-03-04', issuer: 'Tỉnh ủy', term: null, mentions: [at('Nghị quyết số 12-NQ/TU', text)],
});

describe('components/library/body-mentions', () => {
  it('uses the stored offsets when they spell their surfaces in the shown text, without running the recognizer', () => {
    const recognize = vi.fn();
    const { source, mentions } = bodyMentions(TEXT, { officials: [tung()], documents: [nq()] }, recognize);
    expect(source).toBe('stored');
    expect(recognize).not.toHaveBeenCalled();
    expect(mentions.map((m) => [m.kind, TEXT.slice(m.start, m.end), m.name, m.detail])).toEqual([
      ['official', 'Hà Văn Tùng', 'Hà Văn Tùng', 'Bí thư Tỉnh ủy'],
      ['document', 'Nghị quyết số 12-NQ/TU', 'Nghị quyết số 12-NQ/TU', '2021-03-04 · Tỉnh ủy'],
      ['official', 'ông Tùng', 'Hà Văn Tùng', 'Bí thư Tỉnh ủy'],
    ]);
  });

  it('runs the recognizer on the shown text when the stored offsets do not fit it (the Markdown reads differently)', () => {
    const shown = `Tiêu đề phụ\n${TEXT}`;
    const recognize = vi.fn((text: string): Recognition => ({ officials: [tung(text)], documents: [nq(text)] }));
    const { source, mentions } = bodyMentions(shown, { officials: [tung()], documents: [nq()] }, recognize);
    expect(source).toBe('recognized');
    expect(recognize).toHaveBeenCalledWith(shown);
    expect(mentions.map((m) => shown.slice(m.start, m.end))).toEqual(['Hà Văn Tùng', 'Nghị quyết số 12-NQ/TU', 'ông Tùng']);
  });

  it('keeps to the clipping\'s own entities when the recognizer finds more, and shows the stored name', () => {
    const shown = `Ông Lê Minh Khoa dự họp. ${TEXT}`;
    const khoa: Official = { kind: 'official', key: 'official:le minh khoa', name: 'Lê Minh Khoa', titles: [], ranks: [], mentions: [at('Lê Minh Khoa', shown)] };
    const renamed = { ...tung(shown), name: 'Hà Văn Tùng (viết khác)' };
    const { mentions } = bodyMentions(shown, { officials: [tung()], documents: [] }, () => ({ officials: [khoa, renamed], documents: [] }));
    expect(mentions.map((m) => [m.key, m.name])).toEqual([['official:ha van tung', 'Hà Văn Tùng'], ['official:ha van tung', 'Hà Văn Tùng']]);
  });

  it('paints nothing and skips the recognizer for a clipping stored without entities', () => {
    const recognize = vi.fn();
    expect(bodyMentions(TEXT, { officials: [], documents: [] }, recognize)).toEqual({ source: 'none', mentions: [] });
    expect(recognize).not.toHaveBeenCalled();
  });
});
