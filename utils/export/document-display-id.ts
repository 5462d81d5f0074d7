import type { DocumentRef } from '../entities/types';

/**
 * The document as Vietnamese writes its number and symbol: `29-NQ/TU` (Party),
 * `100/2019/NĐ-CP` or `59/2020/QH14` (state, with year), `123/QĐ-UBND` (state, no year);
 * the first mention's surface when the number or symbol is missing.
 */
export function documentDisplayId(doc: Pick<DocumentRef, 'number' | 'symbol' | 'year' | 'surface'>): string {
  const { number, symbol, year } = doc;
  if (!number || !symbol) return doc.surface;
  // Party symbols carry their own slash (NQ/TW) and join the number with a hyphen.
  if (symbol.includes('/')) return `${number}-${symbol}`;
  return year === null ? `${number}/${symbol}` : `${number}/${year}/${symbol}`;
}
