import type { Recognizer } from './types';

/**
 * The recognizer is most of what highlighting weighs (its grammar and word lists), and only article pages need it:
 * the content script that runs on every page leaves it out, and the background injects `recognizer.js` into a tab
 * once its content script finds an article there.
 */
export const RECOGNIZER_SCRIPT = '/recognizer.js';

/**
 * Where that script leaves `recognize`: a property of the extension's isolated world in the tab (content scripts
 * and injected scripts share it; the page's own scripts never see it).
 */
export const RECOGNIZER_GLOBAL = '__trichBaoRecognizer';

/** The recognizer installed in this world, or null when the script has not been injected yet. */
export function installedRecognizer(): Recognizer | null {
  const found = (globalThis as Record<string, unknown>)[RECOGNIZER_GLOBAL];
  return typeof found === 'function' ? (found as Recognizer) : null;
}
