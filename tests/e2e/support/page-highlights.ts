import type { Page } from 'playwright-core';

/** The text of every range in each `trichbao-*` highlight of the page, by highlight name. */
export function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('trichbao-')) out[name] = [...highlight].map((r) => r.toString());
    });
    return out;
  });
}

/** Waits until the page has a highlight with this name. */
export async function waitForHighlight(page: Page, name: string, timeout = 15_000): Promise<void> {
  await page.waitForFunction((n) => CSS.highlights.has(n), name, { timeout });
}
