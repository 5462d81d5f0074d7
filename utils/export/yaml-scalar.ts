// Short escapes YAML 1.2 defines for double-quoted scalars (spec §5.7).
const SHORT_ESCAPES: Record<number, string> = {
  0x00: '\\0',
  0x07: '\\a',
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0b: '\\v',
  0x0c: '\\f',
  0x0d: '\\r',
  0x1b: '\\e',
  0x22: '\\"',
  0x5c: '\\\\',
  0x85: '\\N',
  0x2028: '\\L',
  0x2029: '\\P',
};

/**
 * Code units written as escapes: everything outside YAML's printable set (C0, DEL, C1,
 * U+FFFE/U+FFFF), the BOM, and bidi controls, which are legal but would silently reorder
 * the line in an editor (Trojan Source).
 */
function mustEscape(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0xfeff ||
    code === 0xfffe ||
    code === 0xffff ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** Any code unit that needs an escape (lone surrogates too: the `u` flag keeps pairs whole). */
const NEEDS_ESCAPE = /["\\\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff\ud800-\udfff]/u;

function hex(code: number, width: number): string {
  return code.toString(16).toUpperCase().padStart(width, '0');
}

/**
 * A YAML 1.2 double-quoted scalar on one line that parses back to exactly `value`
 * (lone surrogates included); `null` becomes the YAML null.
 */
export function yamlScalar(value: string | null): string {
  if (value === null) return 'null';
  // Most values (names, titles, URLs) need no escape: skip the per-character loop.
  if (!NEEDS_ESCAPE.test(value)) return `"${value}"`;
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    const short = SHORT_ESCAPES[code];
    if (short !== undefined) {
      out += short;
    } else if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length && isLowSurrogate(value.charCodeAt(i + 1))) {
      out += value.slice(i, i + 2); // a well-formed pair (emoji, rare CJK): keep it readable
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += `\\u${hex(code, 4)}`; // a lone surrogate cannot be written as UTF-8, only escaped
    } else if (mustEscape(code)) {
      out += code <= 0xff ? `\\x${hex(code, 2)}` : `\\u${hex(code, 4)}`;
    } else {
      out += value[i];
    }
  }
  return `${out}"`;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
