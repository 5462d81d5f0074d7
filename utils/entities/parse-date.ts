/** A date read from text: ISO form (null when the year is missing or the date is impossible) and where it ends. */
export interface ParsedDate {
  iso: string | null;
  end: number;
}

function digits(s: string, i: number, max: number): number {
  let j = i;
  while (j < s.length && j - i < max && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  return j;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function iso(d: number, m: number, y: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function skipSpaces(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\n' || s[i] === '\t')) i++;
  return i;
}

/** Parses "10/11/2011", "16-6-2020", "10.10.2011", "15 tháng 8 năm 2017" (and year-less "14-9") at i of lower-case text. */
export function parseDate(s: string, i: number): ParsedDate | null {
  const dEnd = digits(s, i, 2);
  if (dEnd === i || isDigitAt(s, dEnd)) return null;
  const d = Number(s.slice(i, dEnd));
  const sep = s[dEnd];
  if (sep === '/' || sep === '-' || sep === '.') {
    const mEnd = digits(s, dEnd + 1, 2);
    if (mEnd === dEnd + 1 || isDigitAt(s, mEnd)) return null;
    const m = Number(s.slice(dEnd + 1, mEnd));
    // "25/7/ 2017": one stray space after the second separator.
    const y0 = s[mEnd] === sep ? (isDigitAt(s, mEnd + 1) ? mEnd + 1 : s[mEnd + 1] === ' ' && isDigitAt(s, mEnd + 2) ? mEnd + 2 : -1) : -1;
    if (y0 > 0) {
      const yEnd = digits(s, y0, 4);
      if (yEnd - y0 !== 4 || isDigitAt(s, yEnd)) return null;
      return { iso: iso(d, m, Number(s.slice(y0, yEnd))), end: yEnd };
    }
    if (m < 1 || m > 12 || d < 1 || d > 31) return null;
    return { iso: null, end: mEnd };
  }
  let j = skipSpaces(s, dEnd);
  if (!s.startsWith('tháng', j)) return null;
  j = skipSpaces(s, j + 5);
  const mEnd = digits(s, j, 2);
  if (mEnd === j) return null;
  const m = Number(s.slice(j, mEnd));
  let k = skipSpaces(s, mEnd);
  if (s[k] === ',') k = skipSpaces(s, k + 1);
  if (!s.startsWith('năm', k)) return { iso: null, end: mEnd };
  k = skipSpaces(s, k + 3);
  const yEnd = digits(s, k, 4);
  if (yEnd - k !== 4) return { iso: null, end: mEnd };
  return { iso: iso(d, m, Number(s.slice(k, yEnd))), end: yEnd };
}
