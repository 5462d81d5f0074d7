import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './support/launch-extension';
import { type PageServer, SCREENSHOTS, startTestBrowser, stopTestBrowser } from './support/start-test-browser';
import { clipTestArticle, TEST_ARTICLE_TITLE } from './support/clip-test-article';
import { readHighlights, waitForHighlight } from './support/page-highlights';

const TITLE = TEST_ARTICLE_TITLE;
let ext: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => ({ ext, server } = await startTestBrowser()));
afterAll(() => stopTestBrowser({ ext, server }));


describe('library page in Chromium', () => {
  let library: Page;

  it('finds a clipping by an official\'s name typed without diacritics', async () => {
    await clipTestArticle(ext, server.origin, { tags: 'nông nghiệp' });
    library = await ext.context.newPage();
    await library.setViewportSize({ width: 1100, height: 800 });
    await library.goto(`chrome-extension://${ext.extensionId}/library.html`);
    await expect.poll(() => library.getByTestId('clipping-row').count()).toBe(1);
    await library.getByTestId('library-search').fill('hoang minh khoa');
    await expect.poll(() => library.getByTestId('result-count').textContent()).toMatch(/^1 /);
    expect(await library.getByTestId('clipping-row').first().textContent()).toContain(TITLE);
    await library.getByTestId('library-search').fill('không có bài này');
    await expect.poll(() => library.getByTestId('result-count').textContent()).toMatch(/^0 /);
    await library.getByTestId('library-search').fill('hoang minh khoa');
    await expect.poll(() => library.getByTestId('clipping-row').count()).toBe(1);
    await library.screenshot({ path: `${SCREENSHOTS}/library.png`, fullPage: true });
  });

  it('lists the official in the entity index and opens the clippings that mention him', async () => {
    await library.getByTestId('nav-entities').click();
    const officials = library.getByTestId('index-officials');
    await expect.poll(() => officials.locator('li').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Hoàng Minh Khoa')]),
    );
    expect((await library.getByTestId('index-documents').locator('li').allTextContents()).join('\n')).toContain('18-NQ/TU');
    await library.screenshot({ path: `${SCREENSHOTS}/library-entities.png`, fullPage: true });
    await officials.getByRole('link', { name: 'Hoàng Minh Khoa' }).click();
    await library.getByTestId('entity-timeline').waitFor();
    expect(await library.getByTestId('entity-name').textContent()).toBe('Hoàng Minh Khoa');
    await expect.poll(() => library.getByTestId('clipping-row').allTextContents()).toEqual([expect.stringContaining(TITLE)]);
  });

  it('opens the clipping', async () => {
    await library.getByTestId('clipping-row').getByRole('link').click();
    await library.getByTestId('clipping-view').waitFor();
    expect(await library.getByTestId('article-body').textContent()).toContain('chè hữu cơ');
    expect(await library.locator('[data-testid="article-body"] script, [data-testid="article-body"] iframe').count()).toBe(0);
  });

  it('paints the clipping\'s official and document inside the article and names the official under the pointer', async () => {
    await waitForHighlight(library, 'trichbao-official');
    await waitForHighlight(library, 'trichbao-document');
    const painted = await readHighlights(library);
    expect(painted['trichbao-official']).toEqual(expect.arrayContaining([expect.stringContaining('Hoàng Minh Khoa')]));
    expect(painted['trichbao-document']).toEqual(expect.arrayContaining([expect.stringContaining('18-NQ/TU')]));
    // Every painted range lies inside the rendered article, not in the side list.
    const inside = await library.evaluate(() => {
      const body = document.querySelector('[data-testid="article-body"]')!;
      return [...CSS.highlights.get('trichbao-official')!, ...CSS.highlights.get('trichbao-document')!].every((r) => body.contains(r.startContainer));
    });
    expect(inside).toBe(true);
    // Hover the first mention of the official: a card names him and says what he is.
    const point = await library.evaluate(() => {
      const first = [...CSS.highlights.get('trichbao-official')!][0]!;
      const range = document.createRange();
      range.setStart(first.startContainer, first.startOffset);
      range.setEnd(first.endContainer, first.endOffset);
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await library.mouse.move(point.x, point.y);
    await library.getByTestId('entity-card').waitFor();
    expect(await library.getByTestId('entity-card-name').textContent()).toBe('Hoàng Minh Khoa');
    await library.screenshot({ path: `${SCREENSHOTS}/library-clipping.png` });
    // The keyboard way: the side list's button brings the document's mention into view with its card.
    await library.mouse.move(5, 5);
    await expect.poll(() => library.getByTestId('entity-card').count()).toBe(0);
    await library.getByTestId('clipping-documents').getByTestId('find-in-article').first().click();
    await expect.poll(() => library.getByTestId('entity-card-name').textContent()).toContain('18-NQ/TU');
  });

  it('deletes the clipping and brings it back with undo', async () => {
    await library.getByTestId('delete-clipping').click();
    await library.getByTestId('undo-bar').waitFor();
    await library.getByTestId('library-search').fill('');
    await expect.poll(() => library.getByTestId('result-count').textContent()).toMatch(/^0 /);
    await library.getByTestId('undo').click();
    await library.getByTestId('clipping-view').waitFor();
    await library.getByTestId('nav-list').click();
    await expect.poll(() => library.getByTestId('clipping-row').count()).toBe(1);
  });
});
