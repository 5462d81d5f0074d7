import { browser } from 'wxt/browser';

// A blob URL outlives the download only as long as needed; this caps a download that never reports its end.
const RELEASE_AFTER_MS = 10 * 60_000;

/** Releases `url` once download `id` has completed or failed (or after ten minutes). */
function releaseWhenDone(id: number, url: string): void {
  const onChanged = (delta: { id: number; state?: { current?: string } }) => {
    const state = delta.state?.current;
    if (delta.id === id && (state === 'complete' || state === 'interrupted')) release();
  };
  const release = () => {
    clearTimeout(timer);
    browser.downloads.onChanged.removeListener(onChanged);
    URL.revokeObjectURL(url);
  };
  browser.downloads.onChanged.addListener(onChanged);
  const timer = setTimeout(release, RELEASE_AFTER_MS);
}

/**
 * Saves a Blob as a file through the downloads API (`filename` may hold a sub-folder of the
 * downloads folder, e.g. `trich-bao/x.zip`); resolves to the download's id. A large zip is
 * never turned into a string: the blob goes to the browser as it is.
 */
export async function downloadBlob(filename: string, blob: Blob): Promise<number> {
  const url = URL.createObjectURL(blob);
  try {
    const id = await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
    releaseWhenDone(id, url);
    return id;
  } catch (error) {
    URL.revokeObjectURL(url);
    throw error;
  }
}
