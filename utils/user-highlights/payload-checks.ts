import type { TextPositionSelector, TextQuoteSelector, UserHighlightTarget } from '../anchoring/types';
import type { AnchoringReport } from '../db/record-anchoring';
import type { HighlightScope, NewUserHighlight } from '../db/user-highlight';

/** A stored highlight as the page needs it to paint: no note, no dates. */
export interface PageHighlight {
  id: number;
  scope: HighlightScope;
  target: UserHighlightTarget;
}

/** What became of the clipping when a highlight was saved. */
export type ClipOutcome = 'created' | 'existing' | 'not-article' | 'failed';

/** What a content script sends for a new highlight; the background adds the page's URL from the sender. */
export type UserHighlightDraft = Omit<NewUserHighlight, 'url'>;

/** Longest highlighted passage kept (characters): a selection of a whole long article still fits. */
export const MAX_EXACT = 50_000;
/** Longest note kept (characters). */
export const MAX_NOTE = 5_000;
/** Longest page key (a URL) accepted. */
export const MAX_PAGE_KEY = 2_048;
/** Most ids one anchoring report may carry. */
export const MAX_REPORT_IDS = 10_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const isString = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isOffset = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 100_000_000;
const isId = (v: unknown): v is number => Number.isInteger(v) && (v as number) > 0;

/** True for an http(s) URL of sensible length: the only pages highlights are kept for. */
export function isPageKey(v: unknown): v is string {
  return isString(v, MAX_PAGE_KEY) && /^https?:\/\/[^\s]+$/i.test(v);
}

function isPosition(v: unknown): v is TextPositionSelector {
  return isRecord(v) && v.type === 'TextPositionSelector' && isOffset(v.start) && isOffset(v.end) && v.start < v.end;
}

function isQuote(v: unknown): v is TextQuoteSelector {
  return isRecord(v) && v.type === 'TextQuoteSelector' && isString(v.exact, MAX_EXACT) && v.exact.trim() !== '' &&
    isString(v.prefix, 1_000) && isString(v.suffix, 1_000);
}

/** True for `{ selectors: [TextPositionSelector, TextQuoteSelector] }` with sane sizes. */
export function isUserHighlightTarget(v: unknown): v is UserHighlightTarget {
  return isRecord(v) && Array.isArray(v.selectors) && v.selectors.length === 2 && isPosition(v.selectors[0]) && isQuote(v.selectors[1]);
}

/** True for a highlight draft a content script may send. */
export function isUserHighlightDraft(v: unknown): v is UserHighlightDraft {
  return isRecord(v) && isPageKey(v.pageKey) && (v.scope === 'article' || v.scope === 'page') &&
    isUserHighlightTarget(v.target) && isString(v.note, MAX_NOTE);
}

/** True for `{ pageKey }` naming an http(s) page. */
export function isPageKeyRequest(v: unknown): v is { pageKey: string } {
  return isRecord(v) && isPageKey(v.pageKey);
}

/** True for an anchoring report: a page key and two lists of highlight ids. */
export function isAnchoringReport(v: unknown): v is AnchoringReport {
  const ids = (a: unknown): boolean => Array.isArray(a) && a.length <= MAX_REPORT_IDS && a.every(isId);
  return isRecord(v) && isPageKey(v.pageKey) && ids(v.anchored) && ids(v.orphans);
}
