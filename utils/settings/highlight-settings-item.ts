import { storage } from 'wxt/utils/storage';
import { DEFAULT_HIGHLIGHT_SETTINGS, parseHighlightSettings, type HighlightSettings } from './highlight-settings';

/** The reader's highlight switches, in extension storage (shared by popup and content scripts). */
export const highlightSettingsItem = storage.defineItem<HighlightSettings>('local:highlightSettings', {
  fallback: DEFAULT_HIGHLIGHT_SETTINGS,
});

/** Current settings, validated. */
export async function readHighlightSettings(): Promise<HighlightSettings> {
  return parseHighlightSettings(await highlightSettingsItem.getValue());
}

/** Calls `onChange` with validated settings whenever they change; returns an unsubscribe. */
export function watchHighlightSettings(onChange: (settings: HighlightSettings) => void): () => void {
  return highlightSettingsItem.watch((value) => onChange(parseHighlightSettings(value)));
}
