import { isLetter } from './tokenize';
import { PARTY_TYPE_CODES, TYPE_CODES } from './doc-types';

/** A document number with what follows it: `100/2019/NĐ-CP`, `29-NQ/TU`, `3748 QĐ/TƯ`, or a bare `57`. */
export interface ParsedSymbol {
  end: number;
  number: string;
  year: number | null;
  symbol: string | null;
  /** 'state' n/[yyyy/]CODE, 'party' n-TYPE/ISSUER, 'dash' n-CODE without a slash (old state, only after a type word), 'bare'. */
  kind: 'state' | 'party' | 'dash' | 'bare';
  /** First group of the code, lower case (`nđ`, `nq`, `qh14`). */
  firstCode: string | null;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isUpper(s: string, i: number, lower: string): boolean {
  return s.charCodeAt(i) !== lower.charCodeAt(i);
}

// "T.Ư", "QĐ.UB": capitals only from i up to the next non-letter (not "…UBND.Tại", a sentence after a full stop).
function capsOnlyFrom(s: string, lower: string, i: number): boolean {
  let j = i;
  while (j < s.length && isLetter(s.charCodeAt(j))) {
    if (!isUpper(s, j, lower)) return false;
    j++;
  }
  return j > i;
}

// One code group: letters then optional digits (NĐ, TTg, QĐi, QH14, HĐBộ).
function group(s: string, lower: string, i: number): { end: number; uppers: number } | null {
  let j = i;
  let uppers = 0;
  let lastUpper = -1;
  while (j < s.length && isLetter(s.charCodeAt(j))) {
    if (isUpper(s, j, lower)) { uppers++; lastUpper = j; }
    j++;
    // "NN&PTNT": an ampersand between capitals stays inside the group.
    if (s[j] === '&' && isUpper(s, j - 1, lower) && isLetter(s.charCodeAt(j + 1)) && isUpper(s, j + 1, lower)) j++;
    // "TB/T.Ư": the Party centre written with a dot.
    if (s[j] === '.' && isLetter(s.charCodeAt(j + 1)) && isUpper(s, j - 1, lower) && isUpper(s, j + 1, lower) && capsOnlyFrom(s, lower, j + 1)) j++;
  }
  if (j === i) return null;
  // "NĐ-CPngày 12/4": a word glued to the code (codes end in at most two lower-case letters: TTg, QĐi, CTr).
  if (uppers >= 2 && lastUpper >= i && j - lastUpper - 1 >= 3) j = lastUpper + 1;
  while (j < s.length && isDigit(s.charCodeAt(j))) j++;
  return { end: j, uppers };
}

/** Reads a symbol code like `NĐ-CP`, `NQ/TW`, `QĐ-UBND`, `05-QC/BTCTU-BDVTU` at i; null if it is not one. */
// Issuers' codes common after a type code: "NĐ-CP", "QĐ-TTg", "QĐ-UBND".
const ISSUERS = new Set(['cp', 'ttg', 'ubnd', 'hđnd', 'bca', 'bqp', 'btc', 'byt', 'bxd', 'bnv', 'bct', 'nhnn', 'btnmt', 'bgdđt', 'bnnptnt', 'bkhđt', 'btp', 'tw']);

export function parseCode(s: string, lower: string, i: number): { end: number; slash: boolean; first: string } | null {
  const g = group(s, lower, i);
  if (!g) return null;
  const first = lower.slice(i, g.end);
  const known = TYPE_CODES.has(first) || PARTY_TYPE_CODES.has(first);
  const allLower = g.uppers === 0;
  if (g.uppers < 2 && !(known && (g.uppers === 1 || allLower))) return null;
  let j = g.end;
  let slash = false;
  let groups = 1;
  for (;;) {
    // "TTLT-BGD ĐT-BNV": a stray space splitting one group of capitals that goes on with a separator.
    if (s[j] === ' ' && groups > 1) {
      const more = group(s, lower, j + 1);
      if (more && more.uppers >= 2 && more.uppers === more.end - j - 1 && (s[more.end] === '-' || s[more.end] === '/')) { j = more.end; continue; }
    }
    // "37/2010/NĐ CP": a space where the hyphen before a known issuer's code belongs.
    if (s[j] === ' ' && groups === 1 && known) {
      const more = group(s, lower, j + 1);
      if (more && ISSUERS.has(lower.slice(j + 1, more.end)) && !isLetter(s.charCodeAt(more.end))) { j = more.end; groups++; continue; }
    }
    // "TTr -\nNN&PTNT": spaces (or a line break) on both sides of the hyphen.
    // "673/QĐ -TTg": a stray space before a hyphen glued to the next group.
    if (s[j] === ' ' && s[j + 1] === '-' && (s[j + 2] === ' ' || s[j + 2] === '\n' || isLetter(s.charCodeAt(j + 2)))) {
      const at = s[j + 2] === ' ' || s[j + 2] === '\n' ? j + 3 : j + 2;
      const more = group(s, lower, at);
      if (!more || more.uppers < 2) break;
      j = more.end;
      groups++;
      continue;
    }
    if (j + 1 >= s.length || (s[j] !== '-' && s[j] !== '/')) break;
    // "CP- ĐCTUBTWMTTQVN": a hyphen glued to the code, then a stray space before a capitalised issuer.
    const gap = s[j] === '-' && s[j + 1] === ' ' ? 1 : 0;
    if (!isLetter(s.charCodeAt(j + 1 + gap))) break;
    const next = group(s, lower, j + 1 + gap);
    if (!next || (gap && next.uppers < 2)) break;
    if (s[j] === '/') slash = true;
    j = next.end;
    groups++;
  }
  // A lone lower-case or one-capital group ("Bí", "tháng") is a word, not a code.
  if ((allLower || g.uppers < 2) && groups < 2) return null;
  return { end: j, slash, first };
}

// A symbol is reported without the stray spaces some pages put inside it.
// "NĐ CP": the space stands for the hyphen between a type code and its issuer's (see ISSUERS in parseCode).
const SPACED_ISSUER = /^([A-ZĐ]{2,4}) (CP|TTg|UBND|HĐND|BCA|BQP|BTC|BYT|BXD|BNV|BCT|NHNN|BTNMT|BGDĐT|BNNPTNT|BKHĐT|BTP|TW)(?=$|[-/])/u;

function compact(symbol: string): string {
  if (!symbol.includes(' ') && !symbol.includes('\n')) return symbol;
  return symbol.replace(SPACED_ISSUER, '$1-$2').replace(/[ \n]+/g, '');
}

function skipSpaces(s: string, i: number, max: number): number {
  let j = i;
  while (j < s.length && j - i < max && (s[j] === ' ' || s[j] === '\n')) j++;
  return j;
}

/** Parses the number (and symbol) of a document reference starting with a digit at i. */
export function parseSymbol(s: string, lower: string, i: number): ParsedSymbol | null {
  let j = i;
  while (j < s.length && j - i < 6 && isDigit(s.charCodeAt(j))) j++;
  // "30c/NQCP": one lower-case letter after the number, right before the slash.
  if (j > i && s[j + 1] === '/' && isLetter(s.charCodeAt(j)) && !isUpper(s, j, lower)) j++;
  if (j === i || isDigit(s.charCodeAt(j)) || isLetter(s.charCodeAt(j))) return null;
  const number = s.slice(i, j);
  // "số: 6248 /NHNN-TD": one stray space before the slash (only reached after a type word, see findDocuments).
  // ("05 /2008/TT-BYT": the same before a year and its slash.)
  const yearAfter = isDigit(s.charCodeAt(j + 2)) && /^\d{4}\//.test(s.slice(j + 2, j + 7));
  const slash = s[j] === '/' ? j : s[j] === ' ' && s[j + 1] === '/' && (isLetter(s.charCodeAt(j + 2)) || yearAfter) ? j + 1 : -1;
  if (slash >= 0) {
    // "182/ PGDĐT": one stray space after the slash, before capitals.
    let k = s[slash + 1] === ' ' && isLetter(s.charCodeAt(slash + 2)) && isUpper(s, slash + 2, lower) ? slash + 2 : slash + 1;
    let year: number | null = null;
    if (isDigit(s.charCodeAt(k))) {
      let y = k;
      while (y < s.length && isDigit(s.charCodeAt(y))) y++;
      if (y - k !== 4) return null;
      year = Number(s.slice(k, y));
      if (year < 1945 || year > 2100) return null;
      // "31/2013TT-BGDĐT", "44/2007 QĐ-BGDĐT": the slash after the year lost or turned into a space; the code
      // must then carry its own hyphen.
      // "13/2007-TT-BYT": a hyphen where the slash after the year belongs.
      const lost = s[y] === '/' ? 0 : s[y] === ' ' || (s[y] === '-' && isLetter(s.charCodeAt(y + 1))) ? 1 : isLetter(s.charCodeAt(y)) ? 0 : -1;
      if (lost < 0) return null;
      k = y + (s[y] === '/' ? 1 : lost);
      if (s[y] === '/' && s[k] === ' ' && isLetter(s.charCodeAt(k + 1)) && isUpper(s, k + 1, lower)) k++; // "32/2023/ TT-BCA"
      if (s[y] !== '/') {
        const code = parseCode(s, lower, k);
        if (!code || !s.slice(k, code.end).includes('-')) return null;
        return { end: code.end, number, year, symbol: compact(s.slice(k, code.end)), kind: 'state', firstCode: code.first };
      }
    }
    const code = parseCode(s, lower, k);
    if (!code) return null;
    return { end: code.end, number, year, symbol: compact(s.slice(k, code.end)), kind: 'state', firstCode: code.first };
  }
  const d = skipSpaces(s, j, 2);
  // "18-2019-TT-BGDĐT": number, year and code all joined by hyphens.
  if (s[j] === '-' && isDigit(s.charCodeAt(j + 1)) && s[j + 5] === '-' && !isDigit(s.charCodeAt(j + 5))) {
    const year = Number(s.slice(j + 1, j + 5));
    const code = /^\d{4}$/.test(s.slice(j + 1, j + 5)) && year >= 1945 && year <= 2100 ? parseCode(s, lower, j + 6) : null;
    if (code && s.slice(j + 6, code.end).includes('-')) {
      return { end: code.end, number, year, symbol: compact(s.slice(j + 6, code.end)), kind: 'state', firstCode: code.first };
    }
  }
  if (s[d] === '-') {
    const k = skipSpaces(s, d + 1, 2);
    const code = parseCode(s, lower, k);
    if (code) {
      const party = PARTY_TYPE_CODES.has(code.first) && (code.slash || /-(tw|tư|tu)$/.test(lower.slice(k, code.end)));
      return { end: code.end, number, year: null, symbol: compact(s.slice(k, code.end)), kind: party ? 'party' : 'dash', firstCode: code.first };
    }
  } else if (d > j && d === j + 1) {
    const code = parseCode(s, lower, d);
    if (code && code.slash && PARTY_TYPE_CODES.has(code.first)) {
      return { end: code.end, number, year: null, symbol: compact(s.slice(d, code.end)), kind: 'party', firstCode: code.first };
    }
  }
  return { end: j, number, year: null, symbol: null, kind: 'bare', firstCode: null };
}
