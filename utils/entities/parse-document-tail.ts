import { ORG_PHRASES } from './org-words';
import { parseDate } from './parse-date';
import { STOP_WORDS } from './stop-words';
import { tokenKey, type TextContext } from './text-context';
import { hardWrapAt } from './hard-wrap';
import { CAP, WORD, ALLCAPS, DOTTED, NL_BEFORE, isLetter } from './tokenize';

/** What a citation says after the reference: signing date, issuer (token range), Party term. */
export interface DocumentTail {
  date: string | null;
  issuer: [number, number] | null;
  term: string | null;
}

const ROMAN = /^[ivxlc]+$/;

function skipWs(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\n' || s[i] === '\t' || s[i] === '\r')) i++;
  return i;
}

/** Index of the first token starting at or after char offset `pos`. */
export function tokenAt(ctx: TextContext, pos: number): number {
  const st = ctx.tokens.start;
  let lo = 0;
  let hi = ctx.tokens.count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (st[mid]! < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// "Bộ Chính trị", "Ban Chấp hành Đảng bộ tỉnh", "Thủ tướng Chính phủ": an organ after "của".
function readIssuer(ctx: TextContext, k: number): number {
  const t = ctx.tokens;
  if (k >= t.count || t.kind[k] !== WORD || !(t.flags[k]! & CAP)) return k;
  const limit = Math.min(t.count, k + 12);
  const first = k;
  let budget = 0;
  while (k < limit && t.kind[k] === WORD) {
    // A headline's issuer ends with its line ("… của Bộ Chính trị\nThiết thực kỷ niệm …"); a hard wrap goes on.
    if (k > first && t.flags[k]! & NL_BEFORE && !hardWrapAt(ctx, k)) break;
    const key = tokenKey(ctx, k);
    if (key === 'khóa') break;
    const org = ORG_PHRASES.match(ctx, k);
    if (org) { k += org.len; budget = 0; continue; }
    const f = t.flags[k]!;
    // "Lãnh đạo chủ chốt": up to three lower-case syllables after a capitalised word.
    if (f & CAP) { k++; budget = f & (ALLCAPS | DOTTED) ? 0 : 3; continue; }
    if (budget === 0 || STOP_WORDS.match(ctx, k)) break;
    budget--;
    k++;
  }
  return k;
}

function readTerm(ctx: TextContext, pos: number): { term: string; end: number } | null {
  let p = skipWs(ctx.lower, pos);
  if (ctx.lower[p] === '(' || ctx.lower[p] === ',') p = skipWs(ctx.lower, p + 1);
  if (!ctx.lower.startsWith('khóa', p)) return null;
  const k = tokenAt(ctx, p) + 1;
  if (k >= ctx.tokens.count || !ROMAN.test(tokenKey(ctx, k))) return null;
  return { term: ctx.text.slice(ctx.tokens.start[k], ctx.tokens.end[k]).toUpperCase(), end: ctx.tokens.end[k]! };
}

// "01/2007/NQ-HĐTP TANDTC ngày 02/10/2007": an issuer's acronym between the symbol and its date.
// "10/2016/NQ-HĐND tỉnh ngày 7/12/2016": the issuer's level after its code, too.
const LEVELS = new Set(['tỉnh', 'huyện', 'xã', 'tp', 'thành', 'quận', 'phường']);

function skipIssuerCode(ctx: TextContext, p: number): number {
  const k = tokenAt(ctx, p);
  const t = ctx.tokens;
  if (k < t.count && t.start[k] === p && t.kind[k] === WORD && LEVELS.has(tokenKey(ctx, k))) {
    const after = skipWs(ctx.lower, t.end[k]!);
    if (ctx.lower.startsWith('ngày', after)) return after;
  }
  if (k >= t.count || t.start[k] !== p || t.kind[k] !== WORD || !(t.flags[k]! & ALLCAPS)) return p;
  const after = skipWs(ctx.lower, t.end[k]!);
  return ctx.lower.startsWith('ngày', after) ? after : p;
}

function readDate(ctx: TextContext, pos: number): { iso: string | null; end: number } | null {
  const s = ctx.lower;
  let p = skipWs(s, pos);
  // "… Nghị quyết số 18-NQ/TW\n22/12/2024": a bare date on the next line is a page's dateline.
  const nextLine = s.slice(pos, p).includes('\n');
  if (s[p] === ',' || s[p] === '(') p = skipWs(s, p + 1);
  p = skipIssuerCode(ctx, p);
  if (s.startsWith('được', p)) p = skipWs(s, p + 4);
  if (s.startsWith('ký', p) && !isLetter(s.charCodeAt(p + 2))) p = skipWs(s, p + 2);
  if (s.startsWith('ban hành', p)) p = skipWs(s, p + 8);
  if (s.startsWith('vào', p)) p = skipWs(s, p + 3);
  const hasNgay = s.startsWith('ngày', p);
  if (hasNgay) p = skipWs(s, p + 4);
  const d = parseDate(s, p);
  if (!d || (!hasNgay && (!d.iso || nextLine))) return null;
  let end = d.end;
  if (s[end] === ')') end++;
  return { iso: d.iso, end };
}

/** Reads ", ngày 10/11/2011 của Ban Chấp hành Đảng bộ tỉnh (khóa XV)" after a reference ending at `pos`. */
export function parseDocumentTail(ctx: TextContext, pos: number): DocumentTail {
  const tail: DocumentTail = { date: null, issuer: null, term: null };
  let p = pos;
  let dated = false;
  const first = readDate(ctx, p);
  if (first) { tail.date = first.iso; dated = true; p = first.end; }
  let term = readTerm(ctx, p);
  if (term) { tail.term = term.term; p = term.end; }
  let q = skipWs(ctx.lower, p);
  if (ctx.lower[q] === ',' && ctx.lower.startsWith('của', skipWs(ctx.lower, q + 1))) q = skipWs(ctx.lower, q + 1);
  if (ctx.lower.startsWith('của', q) && !/\p{L}/u.test(ctx.lower[q + 3] ?? '')) {
    const k0 = tokenAt(ctx, q) + 1;
    const k1 = readIssuer(ctx, k0);
    if (k1 > k0) {
      tail.issuer = [k0, k1];
      p = ctx.tokens.end[k1 - 1]!;
      term = readTerm(ctx, p);
      if (term) { tail.term ??= term.term; p = term.end; }
      if (!dated) {
        const later = readDate(ctx, p);
        if (later) tail.date = later.iso;
      }
    }
  }
  return tail;
}
