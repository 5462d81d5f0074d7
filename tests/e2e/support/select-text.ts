import type { Page } from 'playwright-core';

/** Selects the first occurrence of `text` in the page's article, as a reader's mouse would; returns the selection. */
export function selectText(page: Page, text: string): Promise<string> {
  return page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + needle.length);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      return getSelection()!.toString();
    }
    throw new Error(`not on the page: ${needle}`);
  }, text);
}
