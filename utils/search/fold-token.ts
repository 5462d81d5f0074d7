// Lookalikes of đ that Vietnamese pages type by mistake (Icelandic eth) fold like đ.
const D_LIKE = /[đðĐÐ]/gu;
// Syllable-final i after a consonant (or "qu") is spelled y by some writers: Sĩ/Sỹ, Kì/Kỳ, Quí/Quý.
const FINAL_I = /(^|[^aeiouy]|qu)i$/u;

/** Lowercase skeleton of one token: diacritics and tone marks dropped, đ → d (`Nghị` → `nghi`). */
export function foldToken(token: string): string {
  return token.toLowerCase().replace(D_LIKE, 'd').normalize('NFD').replace(/[\u0300-\u036f]/gu, '').normalize('NFC');
}

/** The folded token with syllable-final i written y, so `Sĩ`, `Sỹ`, `si` and `sy` meet on one index key. */
export function canonicalToken(token: string): string {
  return foldToken(token).replace(FINAL_I, '$1y');
}
