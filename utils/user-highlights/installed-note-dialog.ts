import type { askForNote } from './note-dialog';

/** The note dialog's function, as the on-demand script installs it. */
export type AskForNote = typeof askForNote;

/** Path of the script the background injects before "Highlight & clip" asks for a note. */
export const NOTE_DIALOG_SCRIPT = '/note-dialog.js';

/**
 * Where that script leaves `askForNote`: a property of the extension's isolated world in the
 * tab (content scripts and injected scripts share it; the page's own scripts never see it).
 * The dialog is only needed when the reader highlights, so it stays out of the content script
 * that runs on every page.
 */
export const NOTE_DIALOG_GLOBAL = '__trichBaoAskForNote';

/** The dialog the on-demand script installed in this world, or null when it was not injected. */
export function installedNoteDialog(): AskForNote | null {
  const ask = (globalThis as Record<string, unknown>)[NOTE_DIALOG_GLOBAL];
  return typeof ask === 'function' ? (ask as AskForNote) : null;
}
