import { defineUnlistedScript } from '#imports';
import { RECOGNIZER_GLOBAL } from '@/utils/entities/installed-recognizer';
import { recognize } from '@/utils/entities/recognize';

// Injected by the background into a tab whose content script found an article (installedRecognizer): pages that
// are not articles never load the recognizer.
export default defineUnlistedScript((): boolean => {
  (globalThis as Record<string, unknown>)[RECOGNIZER_GLOBAL] = recognize;
  return true;
});
