import { describe, expect, it } from 'vitest';
import { hashKey } from '../../../utils/entities/char-class';
import { ALLCAPS, CAP, DOTTED, NL_BEFORE, NUM, PARA_BEFORE, PUNCT, WORD, tokenize } from '../../../utils/entities/tokenize';

function toks(text: string) {
  const t = tokenize(text, text.toLowerCase());
  return Array.from({ length: t.count }, (_, i) => ({
    text: text.slice(t.start[i], t.end[i]), kind: t.kind[i], flags: t.flags[i]!, hash: t.hash[i],
  }));
}

describe('utils/entities/tokenize', () => {
  it('splits words, numbers and punctuation, keeping dotted abbreviations whole', () => {
    expect(toks('Ông Lê, UVT.Ư Đảng; số 12-NQ/TU.').map((x) => [x.text, x.kind])).toEqual([
      ['Ông', WORD], ['Lê', WORD], [',', PUNCT], ['UVT.Ư', WORD], ['Đảng', WORD], [';', PUNCT], ['số', WORD], ['12', NUM], ['-', PUNCT],
      ['NQ/TU', WORD], ['.', PUNCT],
    ]);
  });

  it.each([
    ['Bình', CAP],
    ['UBND', CAP | ALLCAPS],
    ['T.Ư', CAP | ALLCAPS | DOTTED],
    ['xã', 0],
  ])('flags %s', (word, flags) => {
    expect(toks(word)[0]!.flags).toBe(flags);
  });

  it('tells a line break from a blank line', () => {
    const [a, b, c] = toks('một\nhai\n\nba');
    expect(a!.flags & NL_BEFORE).toBe(0);
    expect(b!.flags & (NL_BEFORE | PARA_BEFORE)).toBe(NL_BEFORE);
    expect(c!.flags & (NL_BEFORE | PARA_BEFORE)).toBe(NL_BEFORE | PARA_BEFORE);
  });

  it('hashes each token like hashKey hashes its lower-case text', () => {
    for (const x of toks('Chủ tịch UBND T.Ư đ/c 2024 Nguyễn')) expect(x.hash).toBe(hashKey(x.text.toLowerCase()));
  });

  // The tokenizer lower-cases letters below U+2000 from a table; whole-string lower case differs for final sigma.
  it.each([
    ['ΟΔΟΣ Σ', ['οδος', 'σ']],
    ['Ἐ ΆΣ', ['ἐ', 'άς']],
    ['ĐẶNG Thị ƯỚC', ['đặng', 'thị', 'ước']],
  ])('hashes %s like the lower-case copy', (text, keys) => {
    const lower = text.toLowerCase();
    const t = tokenize(text, lower);
    expect(Array.from({ length: t.count }, (_, i) => lower.slice(t.start[i], t.end[i]))).toEqual(keys);
    for (let i = 0; i < t.count; i++) expect(t.hash[i]).toBe(hashKey(keys[i]!));
  });

  it('marks a capital first letter whether its lower case comes from the table or the lower-case copy (Σ, İ)', () => {
    const flags = toks('Σ ệ Ệ σ İstanbul').map((x) => x.flags & CAP);
    expect(flags).toEqual([CAP, 0, CAP, 0, CAP]);
  });

  it('grows its arrays on text denser than prose', () => {
    const text = ',a'.repeat(5000);
    expect(tokenize(text, text).count).toBe(10000);
  });
});
