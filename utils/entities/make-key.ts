// One table lookup per char instead of NFD + regex: keys are built for every mention, so this is hot.
const FOLD = new Map<number, string>();
for (let c = 0xc0; c <= 0x1ef9; c++) {
  if (c > 0x24f && c < 0x1e00) continue;
  const base = String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (base.length === 1 && base !== String.fromCharCode(c)) FOLD.set(c, base);
}
FOLD.set(0x111, 'd').set(0x110, 'd').set(0xd0, 'd').set(0xf0, 'd');

/** Lowercase ASCII skeleton of Vietnamese text: diacritics dropped, đ → d, whitespace collapsed. */
export function stripDiacritics(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) { space = out.length > 0; continue; }
    if (space) { out += ' '; space = false; }
    out += c < 0x80 ? (c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i]) : (FOLD.get(c) ?? s[i]!.toLowerCase());
  }
  return out;
}

// Syllable-final i after a consonant (or "qu") is spelled y by some writers: Sĩ/Sỹ, Kì/Kỳ, Quí/Quý.
const FINAL_I = /(qu|[b-df-hj-np-tv-z])i(?= |$)/g;

/** Key shared by every spelling of one person's name: `official:tran sy thanh`. */
export function officialKey(name: string): string {
  return 'official:' + stripDiacritics(name).replace(FINAL_I, '$1y');
}

/** Key shared by every spelling of one document reference: `document:29-nq/tu`. */
export function documentKey(core: string): string {
  return 'document:' + stripDiacritics(core).replace(/\s*([-/])\s*/g, '$1');
}
