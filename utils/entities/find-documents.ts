import type { DocumentRef } from './types';
import { dateLaterInClause } from './date-around';
import { parseDate } from './parse-date';
import { DOC_TYPES, PARTY_TYPE_CODES, TYPE_CODES } from './doc-types';
import { namedDocumentKey, shortDocumentKey, symbolDocumentKey } from './make-key';
import { parseDocumentTail, tokenAt } from './parse-document-tail';
import { parseNamedDocument } from './parse-named-document';
import { parseSymbol, type ParsedSymbol } from './parse-symbol';
import { STOP_WORDS } from './stop-words';
import { origText, punctAt, tokenKey, type TextContext } from './text-context';
import { firstBits } from './phrase-lexicon';
import { CAP, DOTTED, NUM, PUNCT, WORD, isLetter } from './tokenize';

/** One document citation found in the normalised text (char offsets) with its fields. */
export type DocumentHit = { start: number; end: number; elliptical?: boolean } & Pick<
  DocumentRef,
  'key' | 'type' | 'number' | 'symbol' | 'year' | 'date' | 'issuer' | 'term'
>;

// A bare number followed by one of these counts things ("Kế hoạch 5 năm"), it is not a citation.
const UNITS = new Set([
  'năm', 'tháng', 'ngày', 'tuần', 'giờ', 'phút', 'người', 'phiếu', 'đồng', 'tỷ', 'triệu', 'nghìn', 'ngàn', 'km', 'ha',
  'm', 'điểm', 'lần', 'trang', 'điều', 'khoản', 'nhiệm', 'đơn', 'dự', 'tấn', 'kg', 'xã', 'huyện', 'tỉnh', 'cái', 'con',
]);

const OWN_ABBREV = /^\((NQ|QĐ|NĐ|CT|KL|TT|QĐ-TTg)\)/u;

// "36/2022" followed by no more of a symbol, after the type of a legal text numbered by year ("Kế hoạch 5/2024" may be
// a month's plan).
const NORMATIVE = new Set(['Nghị định', 'Thông tư', 'Thông tư liên tịch', 'Nghị quyết', 'Quyết định', 'Luật', 'Pháp lệnh', 'Chỉ thị', 'Thông báo']);
// "8.256/2019": a number with a thousands dot.
const NUMBER_YEAR = /^(\d{1,5}|\d{1,3}\.\d{3})\/(\d{4})(?![\p{L}\d/_-])/u;

function skipWs(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\n' || s[i] === '\t' || s[i] === '\r')) i++;
  return i;
}

// "351-HĐBộ trưởng": a legacy symbol spelling out its last word (HĐBT = Hội đồng Bộ trưởng).
function spelledOutEnd(ctx: TextContext, sym: ParsedSymbol): number {
  const m = /[A-ZĐ]\p{Ll}+$/u.exec(sym.symbol ?? '');
  if (!m || (m[0].length < 3 && /^[\x20-\x7e]+$/.test(m[0]))) return sym.end;
  if (ctx.text[sym.end] !== ' ') return sym.end;
  const k = tokenAt(ctx, sym.end);
  if (k >= ctx.tokens.count || ctx.tokens.kind[k] !== WORD || ctx.tokens.flags[k]! & CAP || STOP_WORDS.match(ctx, k)) return sym.end;
  if (['ngày', 'của', 'về', 'năm', 'tháng', 'quy', 'và'].includes(tokenKey(ctx, k))) return sym.end;
  return ctx.tokens.end[k]!;
}

function symbolKey(sym: ParsedSymbol, symbol: string): string {
  return symbolDocumentKey(sym.number, sym.year, symbol, sym.kind === 'party');
}

function isBoundaryBefore(s: string, i: number): boolean {
  if (i === 0) return true;
  const c = s.charCodeAt(i - 1);
  return !isLetter(c) && !(c >= 48 && c <= 57) && !'/.-_=&?#@%+'.includes(s[i - 1]!);
}

// A number-only citation must be followed by something that is not a unit, and not look like a year.
function bareOk(ctx: TextContext, sym: ParsedSymbol, withSo: boolean): boolean {
  const s = ctx.text;
  if ((s[sym.end] === '.' || s[sym.end] === ',') && /\d/.test(s[sym.end + 1] ?? '')) return false;
  if (s[sym.end] === '%') return false;
  const next = tokenAt(ctx, sym.end);
  if (next < ctx.tokens.count && ctx.tokens.kind[next] === WORD && UNITS.has(tokenKey(ctx, next))) {
    // "Tờ trình số 801 ngày 21/8/2024": after "số", a date follows the number; "801 ngày" alone counts days. Without
    // "số" a full date with its year still makes it a citation ("Nghị quyết 12 ngày 16/3/2022").
    const dated = tokenKey(ctx, next) === 'ngày' && ctx.tokens.kind[next + 1] === NUM;
    if (!(dated && (withSo || parseDate(ctx.lower, ctx.tokens.start[next + 1]!)?.iso))) return false;
  }
  if (!withSo && /^(19|20)\d\d$/.test(sym.number)) return false;
  return true;
}

function makeHit(ctx: TextContext, start: number, end: number, fields: Omit<DocumentHit, 'start' | 'end' | 'date' | 'issuer' | 'term'>): DocumentHit {
  const tail = parseDocumentTail(ctx, end);
  const t = ctx.tokens;
  const issuer = tail.issuer ? origText(ctx, t.start[tail.issuer[0]]!, t.end[tail.issuer[1] - 1]!) : null;
  // A date given later in the clause: "<it> về … do … ban hành ngày …" (never one before the citation).
  const date = tail.date ?? dateLaterInClause(ctx, tokenAt(ctx, end));
  // Written out rather than spread: this runs for every citation.
  return {
    start, end, key: fields.key, type: fields.type, number: fields.number, symbol: fields.symbol, year: fields.year,
    date, issuer, term: tail.term,
  };
}

// Char offset of "số" after one or two lower-case words from token k (the first after the type word), or -1.
function qualifiedSo(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  for (let j = k + 1; j <= k + 2 && j + 1 < t.count; j++) {
    if (t.kind[j - 1] !== WORD || t.flags[j - 1]! & CAP || tokenKey(ctx, j - 1) === 'số') return -1;
    if (tokenKey(ctx, j) === 'số' && t.kind[j + 1] === NUM) return t.start[j]!;
  }
  return -1;
}

// A plain number opens a bare symbol only before a dash ("29-NQ/TU") or a spaced code ("3748 QĐ/TƯ"): most numbers
// in news are amounts and dates, and are dropped here without parsing.
function symbolFollows(ctx: TextContext, i: number): boolean {
  const t = ctx.tokens;
  const n = i + 1;
  if (n >= t.count) return false;
  // ("Số : 2917 /SGDĐT-VP" heading a letter: a stray space before the slash.)
  if (t.kind[n] === PUNCT) return ctx.text.charCodeAt(t.start[n]!) === 45 || (punctAt(ctx, n) === '/' && punctAt(ctx, i - 1) === ':' && tokenKey(ctx, i - 2) === 'số');
  return t.kind[n] === WORD && (t.flags[n]! & DOTTED) !== 0 && t.start[n] === t.end[i]! + 1;
}

// The type of the citation ending at most a dozen tokens before token i in the same sentence, or null.
function typeOfSibling(ctx: TextContext, hits: DocumentHit[], i: number): string | null {
  const last = hits[hits.length - 1];
  if (!last || last.type === null) return null;
  const from = tokenAt(ctx, last.end);
  if (i - from > 12) return null;
  for (let k = from; k < i; k++) if (ctx.tokens.kind[k] === PUNCT && '.;:!?'.includes(ctx.text[ctx.tokens.start[k]!]!)) return null;
  return last.type;
}

/** Finds document citations: type word + số + symbol, bare symbols, short and named forms. */
export function findDocuments(ctx: TextContext): DocumentHit[] {
  const hits: DocumentHit[] = [];
  const t = ctx.tokens;
  const s = ctx.text;
  let consumedTo = 0;
  const bits = firstBits; // local aliases for the per-token loop (see tokenize.ts)
  const typeBit = DOC_TYPES.bit;
  for (let i = 0; i < t.count; i++) {
    if (t.start[i]! < consumedTo) continue;
    if (t.kind[i] === WORD) {
      if (!(bits(ctx, i) & typeBit)) continue;
      const m = DOC_TYPES.match(ctx, i);
      if (!m) continue;
      // "PHÁP LUẬT NĂM 2024", "pháp luật 2015": the law in general, no law's name.
      if (m.value.canonical === 'Luật' && i > 0 && tokenKey(ctx, i - 1) === 'pháp') continue;
      // "văn bản số …" in lower case is often prose about some text: it names a document only with "số" and a full
      // State symbol with an issuer code ("văn bản số 4912/UBND-NC"), checked below.
      const lowerGeneric = m.value.symbolOnly && !(t.flags[i]! & CAP);
      const start = t.start[i]!;
      const typeEnd = t.end[i + m.len - 1]!;
      let p = skipWs(ctx.lower, typeEnd);
      // "Nghị quyết (NQ) 32": the type's own abbreviation in parentheses.
      const abbrev = s[p] === '(' ? OWN_ABBREV.exec(s.slice(p, p + 8)) : null;
      if (abbrev) p = skipWs(ctx.lower, p + abbrev[0].length);
      // "Công văn (số 73/TTg-CN)": the number in parentheses right after the type word.
      const paren = s[p] === '(' && /^\(\s*(số\s|\d)/.test(ctx.lower.slice(p, p + 8));
      if (paren) p = skipWs(ctx.lower, p + 1);
      // "chương trình phối hợp số 70/CTPH", "quyết định xử phạt số 12/QĐ-XPHC": one or two words qualify the type;
      // only a full symbol after them makes a citation.
      const qualified = paren ? -1 : qualifiedSo(ctx, i + m.len);
      if (qualified >= 0) p = qualified;
      const withSo = ctx.lower.startsWith('số', p) && !isLetter(s.charCodeAt(p + 2));
      if (withSo) p = skipWs(ctx.lower, p + 2);
      // "số: 183/2010/TTLT/BTC-BNN" (a colon after số, as on document headers).
      if (withSo && s[p] === ':') p = skipWs(ctx.lower, p + 1);
      const canonical = m.value.canonical;
      // "Hiến pháp 2013": the Constitution is named by its year, never numbered.
      if (s.charCodeAt(p) >= 48 && s.charCodeAt(p) <= 57 && canonical !== 'Hiến pháp') {
        // "Chỉ thị số 8.256/2019": a dotted number is read as number and year before any symbol.
        const dotted = s[p + 1] === '.' || s[p + 2] === '.' || s[p + 3] === '.' ? NUMBER_YEAR.exec(s.slice(p, p + 12)) : null;
        const sym = dotted && dotted[1]!.includes('.') ? null : parseSymbol(s, ctx.lower, p);
        if (!sym) {
          // "Thông tư 36/2022 sửa đổi Thông tư 199/2016": a State text cited by number and year, its code left out.
          const ny = NORMATIVE.has(canonical) && !lowerGeneric ? NUMBER_YEAR.exec(s.slice(p, p + 12)) : null;
          if (ny && Number(ny[2]) >= 1945 && Number(ny[2]) <= 2100) {
            const end = p + ny[0].length;
            hits.push(makeHit(ctx, start, end, {
              key: `${shortDocumentKey(canonical, ny[1]!)}/${ny[2]}`, type: canonical, number: ny[1]!, symbol: null, year: Number(ny[2]),
            }));
            consumedTo = end;
          }
          continue;
        }
        if (sym.kind === 'bare' && (qualified >= 0 || m.value.symbolOnly)) continue;
        // "có văn bản 4635/VPCP-CN gửi …": a full State symbol with its issuer's code makes even a lower-case "văn bản"
        // a citation, with or without "số".
        if (lowerGeneric && !(qualified < 0 && sym.kind === 'state' && sym.symbol?.includes('-'))) continue;
        // "Văn bản 1520/QĐ-TTg": a symbol with its own type code is read as a bare symbol, typed by the code.
        if (m.value.symbolOnly && sym.firstCode && (sym.kind === 'party' ? PARTY_TYPE_CODES : TYPE_CODES).has(sym.firstCode)) continue;
        if (sym.kind === 'bare') {
          if (!withSo && !(m.value.bareNumber && (t.flags[i]! & CAP || !m.value.alsoVerb))) continue;
          // "… 34 Nghị quyết\n\n 1. …": a number after a blank line opens a list item, it cites nothing.
          if (/\n\s*\n/.test(s.slice(typeEnd, p))) continue;
          if (!bareOk(ctx, sym, withSo)) continue;
          hits.push(makeHit(ctx, start, sym.end, {
            key: shortDocumentKey(canonical, sym.number), type: canonical, number: sym.number, symbol: null, year: null,
          }));
          consumedTo = sym.end;
          continue;
        }
        const end = spelledOutEnd(ctx, sym);
        const symbol = (sym.symbol ?? '') + s.slice(sym.end, end);
        hits.push(makeHit(ctx, start, end, {
          key: symbolKey(sym, symbol), type: canonical, number: sym.number, symbol, year: sym.year,
        }));
        consumedTo = end;
        continue;
      }
      // "các nghị quyết Hội nghị lần thứ 6 …": the plural names the set of a plenum's resolutions, not one document.
      const plural = i > 0 && (tokenKey(ctx, i - 1) === 'các' || tokenKey(ctx, i - 1) === 'những');
      const named = m.value.symbolOnly || lowerGeneric || plural ? null : parseNamedDocument(ctx, i, abbrev ? tokenAt(ctx, p) : i + m.len, canonical);
      if (named?.numbered) {
        // "Luật kiểm toán nhà nước số 81/2015/QH13": one citation from the type word to the symbol.
        const sym = parseSymbol(s, ctx.lower, skipWs(ctx.lower, t.end[named.end]!));
        if (sym && sym.kind === 'state' && sym.symbol) {
          hits.push(makeHit(ctx, start, sym.end, { key: symbolKey(sym, sym.symbol), type: canonical, number: sym.number, symbol: sym.symbol, year: sym.year }));
          consumedTo = sym.end;
        }
        continue;
      }
      if (named) {
        const end = t.end[named.end - 1]!;
        const hit = makeHit(ctx, start, end, {
          key: namedDocumentKey(s.slice(start, end)), type: canonical, number: null, symbol: null, year: named.year,
        });
        // "Nghị quyết Hội nghị lần thứ 10 của Ban Chấp hành Trung ương Đảng khóa XI": the plenum is known with the
        // issuer and term read after the name, and keyed with them.
        if (hit.issuer !== null || hit.term !== null) {
          const full = namedDocumentKey(`${s.slice(start, end)}${hit.issuer ? ` của ${hit.issuer}` : ''}${hit.term ? ` khóa ${hit.term}` : ''}`, true);
          if (full) hit.key = full;
        }
        hits.push(named.elliptical ? { ...hit, elliptical: true } : hit);
        consumedTo = end;
      }
      continue;
    }
    if (t.kind[i] !== NUM || !(t.flags[i]! & DOTTED || symbolFollows(ctx, i)) || !isBoundaryBefore(s, t.start[i]!)) continue;
    const sym = parseSymbol(s, ctx.lower, t.start[i]!);
    if (!sym || !sym.symbol || !sym.firstCode) continue;
    const fromCode = sym.kind === 'party' ? PARTY_TYPE_CODES.get(sym.firstCode) : TYPE_CODES.get(sym.firstCode);
    // "các văn bản số 8609/BCT-TC … và số 8954/BCT-TC": "số" before an issuer's coded number names a document too; it
    // is of the type cited just before in the sentence, if any.
    // "Số: 4555/BGDĐT-GDPT" heading a letter: the letter's own number.
    const numbered = sym.kind === 'state' && sym.symbol.includes('-') && (tokenKey(ctx, i - 1) === 'số' || (punctAt(ctx, i - 1) === ':' && tokenKey(ctx, i - 2) === 'số'));
    const ok = sym.kind === 'party' || (sym.kind === 'state' && (sym.year !== null || (fromCode !== undefined && sym.symbol.includes('-')))) || numbered;
    if (!ok) continue;
    const sibling = numbered && fromCode === undefined && sym.year === null ? typeOfSibling(ctx, hits, i) : null;
    hits.push(makeHit(ctx, t.start[i]!, sym.end, {
      key: symbolKey(sym, sym.symbol), type: sibling ?? (sym.year !== null && !fromCode ? null : fromCode ?? null),
      number: sym.number, symbol: sym.symbol, year: sym.year,
    }));
    consumedTo = sym.end;
  }
  return hits;
}
