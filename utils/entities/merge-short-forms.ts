import type { DocumentRef } from './types';

const typeNumber = (d: DocumentRef) => `${d.type}|${d.number!.replace(/^0+(?=\d)/, '')}`;
const folded = (s: string | null) => (s === null ? null : s.normalize('NFC').toLowerCase().replace(/\s+/g, ' '));

// "Nghị quyết số 79 của Bộ Chính trị" and "Nghị quyết số 79-NQ/TW của Bộ Chính trị": an issuer named with the short form
// must be the one named with the full form.
// When the full form names none, a Party central organ ("của Bộ Chính trị") goes with a central Party symbol
// ("57-NQ/TW"); any other issuer ("Nghị quyết 15 của Quốc hội") names another document.
const PARTY_CENTRAL = /^(bộ chính trị|ban bí thư|ban chấp hành trung ương|trung ương)/u;

function sameIssuer(short: DocumentRef, full: DocumentRef): boolean {
  if (short.issuer === null || folded(short.issuer) === folded(full.issuer)) return true;
  // "của Bộ Chính trị" and, with a word lost, "của Bộ Chính": one issuer written in full once.
  const a = folded(short.issuer)!;
  const b = folded(full.issuer);
  if (b !== null && b.length >= 6 && (a.startsWith(b) || b.startsWith(a))) return true;
  return full.issuer === null && /\/(TW|TƯ|T\.Ư)$/u.test(full.symbol ?? '') && PARTY_CENTRAL.test(folded(short.issuer)!);
}

// "Nghị quyết số 79-NQ" after "Nghị quyết số 79-NQ/TW": a symbol cut short is the start of the full one.
function truncates(short: DocumentRef, full: DocumentRef): boolean {
  if (short.symbol === null || full.symbol === null || short.symbol.length >= full.symbol.length || (short.year !== null && short.year !== full.year)) return false;
  const next = full.symbol.charAt(short.symbol.length);
  return full.symbol.startsWith(short.symbol) && (next === '/' || next === '-');
}

/**
 * "Thông tư 15/2023/TT-NHNN … thực hiện Thông tư 15": a short form (type + number, no symbol or a symbol cut short)
 * cites the one document of that type and number the text gives in full, before or after it; its mentions join that
 * document's.
 */
export function mergeShortForms(docs: DocumentRef[]): DocumentRef[] {
  const full = new Map<string, DocumentRef | null>();
  for (const d of docs) {
    // Full: with a symbol, or a number and year ("Nghị định 86/2009").
    if ((d.symbol === null && d.year === null) || d.type === null || d.number === null) continue;
    const k = typeNumber(d);
    const seen = full.get(k);
    if (seen === undefined) full.set(k, d);
    else if (seen === null) continue;
    // A symbol beats a number and year of the same year ("Nghị định 45/2020" then "45/2020/NĐ-CP"); a cut symbol
    // came first; anything else: two documents share type and number, ambiguous.
    else if (seen.symbol === null && d.symbol !== null && seen.year === d.year) full.set(k, d);
    else if (d.symbol === null && seen.symbol !== null && seen.year === d.year) continue;
    else if (truncates(seen, d)) full.set(k, d);
    else if (!truncates(d, seen)) full.set(k, null);
  }
  if (full.size === 0) return docs;
  return docs.filter((d) => {
    if (d.type === null || d.number === null) return true;
    const target = full.get(typeNumber(d));
    if (!target || target === d || !sameIssuer(d, target)) return true;
    if (d.year !== null && target.year !== null && d.year !== target.year) return true; // "Thông tư 36/2022" is no 36/2018/TT-BTC
    if (d.symbol !== null && !truncates(d, target)) return true;
    target.mentions.push(...d.mentions);
    target.mentions.sort((x, y) => x.start - y.start);
    target.date ??= d.date;
    return false;
  });
}

/**
 * "Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII … đưa Nghị quyết Đại hội vào cuộc sống": a named resolution
 * that is the start of exactly one longer named resolution of the text is that one, elliptical. `elliptical`: those
 * only ever cited in a form that names no one document ("Nghị quyết Đại hội" with no number): dropped unless so merged.
 */
export function mergeEllipticalNames(docs: DocumentRef[], elliptical: ReadonlySet<DocumentRef> = new Set()): DocumentRef[] {
  // Resolutions only: "Luật Tổ chức Chính phủ" is no short "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền …".
  const named = docs.filter((d) => d.number === null && d.symbol === null && d.type === 'Nghị quyết');
  if (named.length < 2 && elliptical.size === 0) return docs;
  const keyOf = (d: DocumentRef) => d.key + ' ';
  return docs.filter((d) => {
    if (d.number !== null || d.symbol !== null || d.type !== 'Nghị quyết') return true;
    const longer = named.filter((o) => o !== d && !elliptical.has(o) && keyOf(o).startsWith(keyOf(d)));
    if (longer.length !== 1) return !elliptical.has(d);
    const target = longer[0]!;
    target.mentions.push(...d.mentions);
    target.mentions.sort((x, y) => x.start - y.start);
    return false;
  });
}
