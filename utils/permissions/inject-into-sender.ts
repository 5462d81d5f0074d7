import { browser, type Browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/**
 * Runs an extension script in the frame a content script asked from (its tab and frame only, where the extension
 * may already run scripts: a granted site or an activeTab grant); true when the script reported success.
 */
export async function injectIntoSender(sender: Browser.runtime.MessageSender, file: ScriptPublicPath): Promise<boolean> {
  const target = { tabId: sender.tab!.id!, frameIds: [sender.frameId ?? 0] };
  const [done] = await browser.scripting.executeScript({ target, files: [file] });
  return done?.result === true;
}
