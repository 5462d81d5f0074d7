import type { describeSelection } from './describe-selection';
import type { askForNote } from './note-dialog';
import type { placeHighlights } from './place-highlights';

/**
 * What the reader's own highlights need beyond painting: placing stored ones again (anchoring
 * with fuzzy matching), describing a new selection, and the note dialog. Only pages with
 * highlights, or a "Highlight & clip", need them, so they stay out of the content script that
 * runs on every page and arrive on demand (`user-highlight-tools.js`).
 */
export interface UserHighlightTools {
  placeHighlights: typeof placeHighlights;
  describeSelection: typeof describeSelection;
  askForNote: typeof askForNote;
}

/** Path of the script the background injects to install the tools in a tab. */
export const TOOLS_SCRIPT = '/user-highlight-tools.js';

/**
 * Where that script leaves the tools: a property of the extension's isolated world in the tab
 * (content scripts and injected scripts share it; the page's own scripts never see it).
 */
export const TOOLS_GLOBAL = '__trichBaoUserHighlightTools';

/** The tools installed in this world, or null when the script has not been injected yet. */
export function installedTools(): UserHighlightTools | null {
  const tools = (globalThis as Record<string, unknown>)[TOOLS_GLOBAL];
  return typeof tools === 'object' && tools !== null ? (tools as UserHighlightTools) : null;
}
