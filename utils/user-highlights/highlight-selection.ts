import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging';
import { ensureContentScript } from '../permissions/ensure-content-script';
import { TOOLS_SCRIPT } from './installed-tools';

/** Menu item and keyboard command id of "Highlight & clip". */
export const HIGHLIGHT_SELECTION_ID = 'highlight-selection';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * "Highlight & clip" on a tab: injects the user-highlight tools, then asks the content script to take
 * the selection and ask for a note; the script is injected first (activeTab) where it does not run. Resolves to false
 * when nothing is selected. Saving happens when the reader confirms the note (the script
 * then sends `saveUserHighlight`), so the worker never waits on the reader.
 */
export async function highlightSelection(tabId: number): Promise<boolean> {
  // The selection and note tools first (activeTab allows it); without them nothing can be taken.
  await browser.scripting.executeScript({ target: { tabId }, files: [TOOLS_SCRIPT] }).catch((error: unknown) => {
    console.warn('Trích Báo: user-highlight tools not injected', error);
  });
  const ask = () => sendToTab(tabId, 'captureUserHighlight', {});
  let answer: boolean | undefined;
  await ensureContentScript(tabId, () =>
    ask().then(
      (a) => ((answer = a), true),
      () => false,
    ),
  );
  // Just injected: its listener may need a moment.
  for (let attempt = 0; answer === undefined && attempt < 5; attempt++) {
    answer = await ask().catch(async () => (await wait(100 * (attempt + 1)), undefined));
  }
  return answer === true;
}
