import type { Page } from 'playwright-core';

/**
 * The text of every range in each `trichbao-*` highlight of the page, by highlight name. Entity
 * highlights hold StaticRanges (no `toString`): their text is read through a live Range.
 */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const text = (r: AbstractRange) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    };
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('trichbao-')) out[name] = [...highlight].map(text);
    });
    return out;
  });
}

/** Waits until the page has a highlight with this name. */
export async function waitForHighlight(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => CSS.highlights.has(n), name, { timeout });
}
