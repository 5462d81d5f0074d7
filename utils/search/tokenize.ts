// Letters (with their combining marks) and digits; everything else separates tokens.
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Words of a text, lowercase NFC, in order (`Nghị quyết 57-NQ/TW` → nghị, quyết, 57, nq, tw). */
export function tokenize(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(TOKEN) ?? [];
}
