import { DEFAULT_NEWS_SITES } from './news-sites';

const KEY = 'trich-bao:news-sites';

/** The user's list of news sites (one domain per line), or the built-in list. */
export function loadSiteList(storage: Pick<Storage, 'getItem'>): string[] {
  const raw = storage.getItem(KEY);
  if (raw === null) return [...DEFAULT_NEWS_SITES];
  return raw.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** Saves the list; an empty or default list is stored as such. */
export function saveSiteList(storage: Pick<Storage, 'setItem'>, lines: string[]): void {
  storage.setItem(KEY, lines.map((l) => l.trim()).filter(Boolean).join('\n'));
}

/** Forgets the user's edits. */
export function resetSiteList(storage: Pick<Storage, 'removeItem'>): string[] {
  storage.removeItem(KEY);
  return [...DEFAULT_NEWS_SITES];
}
