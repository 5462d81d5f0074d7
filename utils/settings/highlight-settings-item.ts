import { browser } from 'wxt/browser';
import { parseHighlightSettings, type HighlightSettings } from './highlight-settings';

/** Key of the reader's highlight switches in `storage.local` (shared by popup and content scripts). */
const KEY = 'highlightSettings';

/** Current settings, validated (storage may hold anything). */
export async function readHighlightSettings(): Promise<HighlightSettings> {
  const stored = await browser.storage.local.get(KEY);
  return parseHighlightSettings(stored[KEY]);
}

/** Saves the settings; every open page follows through {@link watchHighlightSettings}. */
export async function writeHighlightSettings(settings: HighlightSettings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

/** Calls `onChange` with validated settings whenever they change; returns an unsubscribe. */
export function watchHighlightSettings(onChange: (settings: HighlightSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseHighlightSettings(changes[KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
