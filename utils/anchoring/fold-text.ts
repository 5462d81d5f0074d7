/**
 * A comparison copy of a text: NFC, without whitespace, with look-alike punctuation unified,
 * plus the way back to the original's UTF-16 offsets. Whitespace is dropped rather than
 * collapsed because pages reflow it freely (a block break becomes a space, or nothing).
 */
export interface FoldedText {
  text: string;
  /** `starts[i]`: offset in the original of the first unit behind folded unit `i`. */
  starts: Int32Array;
  /** `ends[i]`: offset in the original just past the units behind folded unit `i`. */
  ends: Int32Array;
}

const MARK = /\p{M}/u;

/** True for the code units a comparison ignores: whitespace, zero-width characters, soft hyphen. */
function isIgnored(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 || c === 0xad || c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff
  );
}

/** One comparison unit for a code unit that pages write several ways (dashes, quotes, Đ). */
function unify(c: number): number {
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return 0x2d;
  if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) return 0x27;
  if ((c >= 0x201c && c <= 0x201f) || c === 0x2033 || c === 0xab || c === 0xbb) return 0x22;
  if (c === 0xd0) return 0x110; // Icelandic Eth typed for Vietnamese Đ
  if (c === 0xf0) return 0x111;
  return c;
}

// Decoding a UTF-16 buffer natively is far faster than String.fromCharCode in chunks on a 1 MB page.
// A lone surrogate decodes as U+FFFD, the same in the page and in the quote, so nothing is lost.
const UTF16 = new TextDecoder('utf-16le', { ignoreBOM: true });

interface Buffers {
  codes: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
}

function allocate(size: number, from?: Buffers): Buffers {
  const next = { codes: new Uint16Array(size), starts: new Int32Array(size), ends: new Int32Array(size) };
  if (from) {
    next.codes.set(from.codes);
    next.starts.set(from.starts);
    next.ends.set(from.ends);
  }
  return next;
}

/** Folds `text` for comparison; see {@link FoldedText}. */
export function foldText(text: string): FoldedText {
  const n = text.length;
  // Plain local arrays (no closure over reassigned variables) keep this loop at a few ns per character.
  let buf = allocate(n + 16);
  let { codes, starts, ends } = buf;
  let length = 0;
  // Most pages are already NFC: then no per-character normalisation is needed at all.
  const composed = text.normalize('NFC') === text;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isIgnored(c)) {
      i += 1;
      continue;
    }
    if (composed && c !== 0x2026 && (c < 0xd800 || c > 0xdbff)) {
      codes[length] = unify(c);
      starts[length] = i;
      ends[length] = i + 1;
      length += 1;
      i += 1;
      continue;
    }
    let j = i + 1;
    if (c >= 0xd800 && c <= 0xdbff && j < n) j += 1;
    if (!composed) while (j < n && MARK.test(text[j]!)) j += 1;
    // An ellipsis character and "..." are the same to a reader.
    const cluster = c === 0x2026 ? '...' : j - i === 1 ? text[i]! : text.slice(i, j).normalize('NFC');
    if (length + cluster.length + (n - j) > codes.length) {
      buf = allocate(2 * (length + cluster.length + (n - j)), buf);
      ({ codes, starts, ends } = buf);
    }
    for (let k = 0; k < cluster.length; k++) {
      codes[length] = unify(cluster.charCodeAt(k));
      starts[length] = i;
      ends[length] = j;
      length += 1;
    }
    i = j;
  }
  return { text: UTF16.decode(codes.subarray(0, length)), starts: starts.slice(0, length), ends: ends.slice(0, length) };
}

/** The folded index of the first unit at or after original offset `offset` (folded length if none). */
export function toFoldedOffset(folded: FoldedText, offset: number): number {
  let lo = 0;
  let hi = folded.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (folded.starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
