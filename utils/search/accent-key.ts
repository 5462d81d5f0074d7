// Vietnamese tone marks (huyền, sắc, ngã, hỏi, nặng) as combining characters after NFD.
const TONES: Record<string, string> = { '\u0300': '1', '\u0301': '2', '\u0303': '3', '\u0309': '4', '\u0323': '5' };

/**
 * The accented spelling of a token, blind to where the tone mark sits: `ủy` and `uỷ` give the
 * same key, `ủy` and `uy` do not. Letters keep their shape marks (â, ă, ơ, ư, đ); the tone
 * becomes a digit at the end. Null when the token has no diacritics at all.
 */
export function accentKey(token: string): string | null {
  let base = '';
  let tone = '';
  let marked = false;
  for (const ch of token.toLowerCase().normalize('NFD')) {
    const digit = TONES[ch];
    if (digit !== undefined) {
      tone = digit;
      marked = true;
    } else {
      if ((ch >= '\u0300' && ch <= '\u036f') || ch === 'đ') marked = true;
      base += ch;
    }
  }
  return marked ? base.normalize('NFC') + tone : null;
}
