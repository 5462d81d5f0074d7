import { normalizeText } from './normalize-text';

import { FOLD_LATIN, FOLD_VIET } from './fold-table';

// One table lookup per char instead of NFD + regex: document keys fold symbols for every mention, so this is hot.
function foldChar(s: string, i: number, c: number): string {
  if (c >= 0xc0 && c <= 0x24f) return FOLD_LATIN[c - 0xc0]!;
  if (c >= 0x1e00 && c <= 0x1ef9) return FOLD_VIET[c - 0x1e00]!;
  return s[i]!.toLowerCase();
}

/** Lowercase ASCII skeleton of Vietnamese text: diacritics dropped, đ → d, whitespace collapsed. */
export function stripDiacritics(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) continue;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) { space = out.length > 0; continue; }
    if (space) { out += ' '; space = false; }
    out += c < 0x80 ? (c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i]) : foldChar(s, i, c);
  }
  return out;
}

// Syllable-final i after a consonant (or "qu") is spelled y by some writers: Sĩ/Sỹ, Kì/Kỳ, Quí/Quý, Lí/Lý.
// The tone stays: only the letter changes, so "Sĩ" and "Sỹ" meet while "Sĩ" and "Sì" stay apart.
const FINAL_I = /(qu|[bcdđghklmnpqrstvx])([iìíỉĩị])(?=\s|$)/g;
const I_TO_Y: Record<string, string> = { i: 'y', ì: 'ỳ', í: 'ý', ỉ: 'ỷ', ĩ: 'ỹ', ị: 'ỵ' };

// Names, titles and symbols recur across the articles of one session: remember recent folds (bounded).
function memo(fn: (s: string) => string, max = 4096): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= max) cache.clear();
      cache.set(s, (v = fn(s)));
    }
    return v;
  };
}

/** A name folded for comparison: NFC, one tone placement, Đ for look-alikes, lower case, final i as y; tones kept. */
export const foldName = memo((name: string): string => {
  const lower = normalizeText(name.normalize('NFC')).text.toLowerCase().replace(/\s+/g, ' ').trim();
  return lower.replace(FINAL_I, (_m, onset: string, i: string) => onset + I_TO_Y[i]!);
});

/** Folded title for de-duplication (cached): "Tỉnh uỷ" and "tỉnh ủy" are one title. */
export const foldTitle = memo(stripDiacritics);

/** Key shared by every spelling of one person's name and only by it: `official:trần sỹ thanh`. */
export function officialKey(name: string): string {
  return 'official:' + foldName(name);
}

// Party central bodies sign as TW, TƯ or T.Ư; fold them before diacritics go, or TƯ would meet TU (a province).
const CENTRAL = /t\.?ư/g;

/** Folds a symbol code: case, Đ/D, TƯ/T.Ư/TW, dashes, stray spaces (`NQ/TƯ` → `nq/tw`, `NĐ - CP` → `nd-cp`). */
export const foldSymbol = memo((symbol: string): string => {
  const lower = normalizeText(symbol.normalize('NFC')).text.toLowerCase().replace(CENTRAL, 'tw');
  return stripDiacritics(lower).replace(/\s+/g, '');
});

// "09" and "9" cite the same document.
function foldNumber(n: string): string {
  return n.replace(/^0+(?=\d)/, '');
}

/** Key of a numbered document: `document:45/2022/nd-cp` (state), `document:29-nq/tu` (Party). */
export function symbolDocumentKey(number: string, year: number | null, symbol: string, party: boolean): string {
  const code = foldSymbol(symbol);
  if (!party) return `document:${foldNumber(number)}/${year !== null ? year + '/' : ''}${code}`;
  // Damaged Party symbols write the slash as a hyphen: "NQ-TW" is "NQ/TW".
  return `document:${foldNumber(number)}-${code.includes('/') ? code : code.replace(/-(?=[^-]*$)/, '/')}`;
}

/** Key of a citation by type and number only: `document:nghị quyết 57`. */
export function shortDocumentKey(type: string, number: string): string {
  return `document:${type.toLowerCase()} ${foldNumber(number)}`;
}

/** Key of a named citation ("Nghị quyết Trung ương 4 khóa XII"): folded like a name, T.Ư spelled out. */
export function namedDocumentKey(surface: string): string;
/** With `plenumOnly`: the key only when the text names one Central Committee plenum by number and term, else null. */
export function namedDocumentKey(surface: string, plenumOnly: true): string | null;
export function namedDocumentKey(surface: string, plenumOnly = false): string | null {
  const folded = normalizeText(surface.normalize('NFC')).text.toLowerCase().replace(/[\s,;()]+/g, ' ').trim();
  const key = folded.replace(/(^|\s)(t\.ư|tư|tw)(?=\s|$)/g, '$1trung ương').replace(/^nghị quyết (?:t\.ư|tư|tw)(\d{1,2})(?= |$)/u, 'nghị quyết trung ương $1')
    .replace(/(^|\s)bch ?(?:tw|tư|trung ương)(?=\s|$)/gu, '$1ban chấp hành trung ương');
  const plenum = centralPlenumKey(key);
  if (plenumOnly) return plenum && 'document:' + plenum;
  return 'document:' + (nationalCongressKey(key) ?? plenum ?? key);
}

// "Nghị quyết Trung ương 4 khóa XII", "… TW4 khóa 12", "… Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XII",
// "… Hội nghị Trung ương 4 (khóa XII)": one plenum's resolution, by its number and the committee's term.
const CENTRAL_PLENUM = [
  /^nghị quyết (?:hội nghị )?trung ương ?(?:lần thứ )?(\S+) (?:ban chấp hành trung ương (?:đảng )?)?khóa (\S+)$/u,
  /^nghị quyết hội nghị (?:lần thứ )?(\S+) (?:của )?ban chấp hành trung ương (?:đảng )?(?:cộng sản việt nam )?khóa (\S+)$/u,
];
const ORDINAL_WORDS: Record<string, number> = { nhất: 1, hai: 2, ba: 3, tư: 4, bốn: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

function centralPlenumKey(key: string): string | null {
  const k = key.replace(/khoá/gu, 'khóa');
  for (const re of CENTRAL_PLENUM) {
    const m = re.exec(k);
    if (!m) continue;
    const n = numberOf(m[1]!);
    const term = numberOf(m[2]!);
    if (n && term) return `nghị quyết trung ương ${n} khóa ${roman(term)}`;
  }
  return null;
}

function numberOf(s: string): number {
  if (/^\d{1,2}$/.test(s)) return Number(s);
  if (/^[ivxlc]+$/.test(s)) return fromRoman(s);
  return ORDINAL_WORDS[s] ?? 0;
}

function fromRoman(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]!]!;
    const b = i + 1 < s.length ? v[s[i + 1]!]! : 0;
    n += a < b ? -a : a;
  }
  return n;
}

// "Nghị quyết Đại hội XIII", "… Đại hội lần thứ XIII", "… Đại hội đại biểu toàn quốc lần thứ 13 của Đảng": the Party's
// national congress, however written, by its number in Roman numerals.
const NATIONAL_CONGRESS = /^nghị quyết đại hội(?: đại biểu)?(?: toàn quốc)?(?: đảng(?: cộng sản việt nam)?)?(?: lần thứ)? ([ivxlc]+|\d{1,2})(?: của đảng)?$/u;

function nationalCongressKey(key: string): string | null {
  const m = NATIONAL_CONGRESS.exec(key);
  if (!m) return null;
  const n = /^\d+$/.test(m[1]!) ? roman(Number(m[1])) : m[1]!;
  return `nghị quyết đại hội ${n}`;
}

function roman(n: number): string {
  const parts: Array<[number, string]> = [[10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, r] of parts) while (n >= v) { out += r; n -= v; }
  return out;
}
