import { defineUnlistedScript } from '#imports';
import { askForNote } from '@/utils/user-highlights/note-dialog';
import { NOTE_DIALOG_GLOBAL } from '@/utils/user-highlights/installed-note-dialog';

// Injected by the background just before "Highlight & clip" asks the content script for a
// note: it leaves the dialog in the extension's isolated world of the tab, where the content
// script finds it (installedNoteDialog). Every page load is spared the dialog's code.
export default defineUnlistedScript((): boolean => {
  (globalThis as Record<string, unknown>)[NOTE_DIALOG_GLOBAL] = askForNote;
  return true;
});
