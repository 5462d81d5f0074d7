import { defineUnlistedScript } from '#imports';
import { describeSelection } from '@/utils/user-highlights/describe-selection';
import { TOOLS_GLOBAL, type UserHighlightTools } from '@/utils/user-highlights/installed-tools';
import { askForNote } from '@/utils/user-highlights/note-dialog';
import { placeHighlights } from '@/utils/user-highlights/place-highlights';

// Injected by the background when a page has stored highlights to place, and before "Highlight
// & clip" takes a selection: it leaves the tools in the extension's isolated world of the tab,
// where the content script finds them (installedTools). Every other page load is spared them.
export default defineUnlistedScript((): boolean => {
  const tools: UserHighlightTools = { placeHighlights, describeSelection, askForNote };
  (globalThis as Record<string, unknown>)[TOOLS_GLOBAL] = tools;
  return true;
});
