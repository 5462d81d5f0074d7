import { describe, expect, it } from 'vitest';
import { hashKey } from '../../../utils/entities/char-class';
import { createTextContext, tokenKey } from '../../../utils/entities/text-context';

function keys(text: string): string[] {
  const ctx = createTextContext(text);
  return Array.from({ length: ctx.tokens.count }, (_, i) => tokenKey(ctx, i));
}

describe('utils/entities/text-context', () => {
  it('gives each token its lower-case text, and empty outside the text', () => {
    const ctx = createTextContext('Ông An gặp ông AN');
    expect([0, 1, 2, 3, 4].map((i) => tokenKey(ctx, i))).toEqual(['ông', 'an', 'gặp', 'ông', 'an']);
    expect(tokenKey(ctx, -1)).toBe('');
    expect(tokenKey(ctx, 5)).toBe('');
  });

  it('keeps two words apart when their hashes collide ("bà" and "aÿ")', () => {
    expect(hashKey('bà')).toBe(hashKey('aÿ'));
    expect(keys('bà aÿ Bà AŸ')).toEqual(['bà', 'aÿ', 'bà', 'aÿ']);
    expect(keys('aÿ bà')).toEqual(['aÿ', 'bà']); // the other one seen first, in a later text
  });

  it('reads tokens of a later text right after many distinct words', () => {
    const many = Array.from({ length: 20000 }, (_, n) => `w${n.toString(36)}x`).join(' ');
    expect(keys(many).slice(-2)).toEqual(['wffix', 'wffjx']);
    expect(keys('Bí thư Tỉnh ủy')).toEqual(['bí', 'thư', 'tỉnh', 'ủy']);
  });
});
