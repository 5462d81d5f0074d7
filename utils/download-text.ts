import { browser } from 'wxt/browser';

/**
 * Saves text as a file through the downloads API. The blob URL is released once the
 * download has finished (or after a minute, whichever comes first).
 */
export async function downloadText(filename: string, text: string, mime = 'text/markdown'): Promise<number> {
  const url = URL.createObjectURL(new Blob([text], { type: `${mime};charset=utf-8` }));
  try {
    const id = await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return id;
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}
