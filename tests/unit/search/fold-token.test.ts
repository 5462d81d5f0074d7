import { describe, expect, it } from 'vitest';
import { accentKey } from '../../../utils/search/accent-key';
import { canonicalToken, foldToken } from '../../../utils/search/fold-token';
import { tokenize } from '../../../utils/search/tokenize';

describe('utils/search/fold-token', () => {
  it.each([
    ['Nghị', 'nghi'],
    ['quyết', 'quyet'],
    ['Đà', 'da'],
    ['ĐẮK', 'dak'],
    ['Ðồng', 'dong'], // Icelandic eth typed for Đ
    ['ủy', 'uy'],
    ['uỷ', 'uy'],
    ['Trần', 'tran'],
    ['57', '57'],
  ])('folds %s to %s', (token, folded) => {
    expect(foldToken(token)).toBe(folded);
  });

  it('folds decomposed (NFD) input like composed input', () => {
    expect(foldToken('Nghị'.normalize('NFD'))).toBe('nghi');
  });

  it.each([
    ['Sĩ', 'sy'],
    ['Sỹ', 'sy'],
    ['si', 'sy'],
    ['Quí', 'quy'],
    ['kì', 'ky'],
    ['sinh', 'sinh'],
    ['hai', 'hai'],
    ['Thị', 'thy'],
  ])('canonical form of %s is %s', (token, canonical) => {
    expect(canonicalToken(token)).toBe(canonical);
  });
});

describe('utils/search/accent-key', () => {
  it('gives ủy and uỷ (tone on different letters) the same key', () => {
    expect(accentKey('ủy')).toBe(accentKey('uỷ'));
    expect(accentKey('thủy')).toBe(accentKey('thuỷ'));
    expect(accentKey('Hòa')).toBe(accentKey('hoà'));
  });

  it.each([
    ['nghị', 'nghỉ'],
    ['quyết', 'quyệt'],
    ['ủy', 'úy'],
    ['đa', 'da'],
  ])('tells %s from %s', (a, b) => {
    expect(accentKey(a)).not.toBe(accentKey(b));
  });

  it.each(['uy', 'nghi', '57', 'tw'])('is null for %s, which has no diacritics', (token) => {
    expect(accentKey(token)).toBeNull();
  });

  it('marks đ without a tone as accented', () => {
    expect(accentKey('đi')).toBe('đi');
  });
});

describe('utils/search/tokenize', () => {
  it.each([
    ['Nghị quyết 57-NQ/TW', ['nghị', 'quyết', '57', 'nq', 'tw']],
    ['Trần Sỹ Thanh, Bí thư Thành ủy', ['trần', 'sỹ', 'thanh', 'bí', 'thư', 'thành', 'ủy']],
    ['  ', []],
    ['Nghị định 45/2022/NĐ-CP', ['nghị', 'định', '45', '2022', 'nđ', 'cp']],
  ])('splits %s', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it('keeps a decomposed word in one piece', () => {
    expect(tokenize('Nghị quyết'.normalize('NFD'))).toEqual(['nghị', 'quyết']);
  });
});
