import { expect } from 'vitest';
import type { ExtensionBrowser } from './launch-extension';
import { openTab } from './open-tab';
import { waitForHighlight } from './page-highlights';

/** Title of the project's own test article (tests/e2e/pages/article.html). */
export const TEST_ARTICLE_TITLE = 'Tỉnh ủy sơ kết 5 năm phát triển nông nghiệp xanh';

/** Opens the test article in a tab and clips it from the popup with the given note and tags, as a reader would. */
export async function clipTestArticle(ext: ExtensionBrowser, origin: string, fields: { note?: string; tags: string }): Promise<void> {
  const { page: article, tabId } = await openTab(ext, `${origin}/article.html`);
  await waitForHighlight(article, 'trichbao-official');
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  await expect.poll(() => popup.getByTestId('article-title').textContent()).toBe(TEST_ARTICLE_TITLE);
  if (fields.note !== undefined) await popup.getByTestId('note').fill(fields.note);
  await popup.getByTestId('tags').fill(fields.tags);
  await popup.getByTestId('clip').click();
  await expect.poll(() => popup.getByTestId('clippings').locator('li').count()).toBe(1);
  await popup.close();
  await article.close();
}
