import type { DocumentRef } from './types';

/**
 * "Thông tư 15/2023/TT-NHNN … thực hiện Thông tư 15": a short form (type + number, no symbol, no issuer of its own)
 * cites the one document of that type and number the text gives in full; its mentions join that document's.
 */
export function mergeShortForms(docs: DocumentRef[]): DocumentRef[] {
  const full = new Map<string, DocumentRef | null>();
  const typeNumber = (d: DocumentRef) => `${d.type}|${d.number!.replace(/^0+(?=\d)/, '')}`;
  for (const d of docs) {
    if (d.symbol === null || d.type === null || d.number === null) continue;
    const k = typeNumber(d);
    full.set(k, full.has(k) ? null : d); // two documents share it: ambiguous
  }
  if (full.size === 0) return docs;
  return docs.filter((d) => {
    if (d.symbol !== null || d.type === null || d.number === null || d.issuer !== null) return true;
    const target = full.get(typeNumber(d));
    if (!target) return true;
    target.mentions.push(...d.mentions);
    target.mentions.sort((x, y) => x.start - y.start);
    return false;
  });
}
