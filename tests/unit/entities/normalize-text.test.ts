import { describe, expect, it } from 'vitest';
import { SURE_LETTERS, normalizeText, toOriginal } from '../../../utils/entities/normalize-text';
import { isLetter } from '../../../utils/entities/char-class';
import { recognize } from '../../../utils/entities/index';

describe('utils/entities/normalize-text', () => {
  it.each([
    ['uỷ', 'ủy'], ['Thuý', 'Thúy'], ['hoà', 'hòa'], ['khoẻ', 'khỏe'], ['Tỉnh uỷ', 'Tỉnh ủy'], ['quý', 'quý'], ['Quỳnh', 'Quỳnh'],
    ['hoài', 'hoài'], ['toàn', 'toàn'], ['Hoàng', 'Hoàng'], ['Thuỵ.', 'Thụy.'], ['\u00D0ảng', 'Đảng'], ['a\u00A0b', 'a b'], ['1\u20132', '1-2'], ['x\u2014y', 'x-y'], ['a\u2011b', 'a-b'],
  ])('normalises %j to %j', (input, want) => {
    expect(normalizeText(input).text).toBe(want);
  });

  it('skips the tone scan only after real letters (its pre-check may over-report, never miss)', () => {
    const sure = new RegExp(`[${SURE_LETTERS}]`);
    const missed: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (sure.test(String.fromCharCode(c)) && !isLetter(c)) missed.push(c);
    expect(missed).toEqual([]);
    expect(normalizeText('hoàn hoà').text).toBe('hoàn hòa');
  });

  it('keeps the identity map for composed input', () => {
    expect(normalizeText('Bí thư Tỉnh uỷ').toOrig).toBeNull();
  });

  it('maps NFD input where one letter is three code units', () => {
    const original = 'Nguye\u0302\u0303n Va\u0306n A'; // Nguyễn Văn A, decomposed
    const norm = normalizeText(original);
    expect(norm.text).toBe('Nguyễn Văn A');
    const start = norm.text.indexOf('Văn');
    expect(original.slice(toOriginal(norm, start), toOriginal(norm, start + 3))).toBe('Va\u0306n');
    expect(toOriginal(norm, norm.text.length)).toBe(original.length);
  });

  it('highlights land on the original characters of decomposed text', () => {
    const original = 'Đồng chí Trần Văn Bình, Bí thư Tỉnh ủy phát biểu.'.normalize('NFD');
    const r = recognize(original);
    expect(r.officials).toHaveLength(1);
    const m = r.officials[0]!.mentions[0]!;
    expect(original.slice(m.start, m.end)).toBe(m.surface);
    expect(m.surface.normalize('NFC')).toBe('Trần Văn Bình');
  });

  it('matches old tone placement and keeps the original spelling in the output', () => {
    const r = recognize('Ông Hoàng Văn Thuỵ, Phó Bí thư Tỉnh uỷ, dự lễ. Ông Thụy nói thêm.');
    expect(r.officials[0]!.name).toBe('Hoàng Văn Thuỵ');
    expect(r.officials[0]!.titles).toEqual(['Phó Bí thư Tỉnh uỷ']);
    expect(r.officials[0]!.mentions.map((m) => m.surface)).toEqual(['Hoàng Văn Thuỵ', 'Thụy']);
  });
});
