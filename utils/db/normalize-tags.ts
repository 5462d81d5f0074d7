/** Trims tags, collapses inner whitespace, drops empty ones and case-insensitive duplicates (first spelling wins). */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of tags) {
    const tag = raw.normalize('NFC').replace(/\s+/gu, ' ').trim();
    const folded = tag.toLocaleLowerCase('vi');
    if (tag === '' || seen.has(folded)) continue;
    seen.add(folded);
    result.push(tag);
  }
  return result;
}
