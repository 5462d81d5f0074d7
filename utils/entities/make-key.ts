/** Lowercase ASCII skeleton of Vietnamese text: diacritics dropped, đ → d, whitespace collapsed. */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ\u00D0\u00F0]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// Syllable-final i after a consonant (or "qu") is spelled y by some writers: Sĩ/Sỹ, Kì/Kỳ, Quí/Quý.
const FINAL_I = /(^|[^aeiouy]|qu)i(?=$|[^a-z])/g;

/** Key shared by every spelling of one person's name: `official:tran sy thanh`. */
export function officialKey(name: string): string {
  const base = stripDiacritics(name)
    .split(' ')
    .map((w) => w.replace(FINAL_I, '$1y'))
    .join(' ');
  return 'official:' + base;
}

/** Key shared by every spelling of one document reference: `document:29-nq/tu`. */
export function documentKey(core: string): string {
  return 'document:' + stripDiacritics(core).replace(/\s*([-/])\s*/g, '$1');
}
