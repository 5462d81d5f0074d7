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

  it('grows its arrays on text denser than prose', () => {
    const text = ',a'.repeat(5000);
    expect(tokenize(text, text).count).toBe(10000);
  });
});
