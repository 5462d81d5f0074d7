import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, type ExtensionBrowser } from './support/launch-extension';
import { waitForHighlight } from './support/page-highlights';
import { openTab } from './support/open-tab';
import { readStore } from './support/read-store';
import { selectText } from './support/select-text';

const SCREENSHOTS = resolve('docs/screenshots');
/** The passage the reader highlights (our own test article's text). */
const PASSAGE = 'huy động nguồn lực xã hội để đầu tư hạ tầng sản xuất';
/** Its canonical URL, as the page's <link rel=canonical> gives it (tracking parameter cleaned). */
const CANONICAL = 'http://127.0.0.1/tin/tinh-uy-so-ket-nong-nghiep-xanh.html';

let ext: ExtensionBrowser;
let server: Server;
let origin = '';
let original = '';
/** What the test server answers for the article: the original, or an edited version. */
let body = '';

beforeAll(async () => {
  original = await readFile(resolve('tests/e2e/pages/article.html'), 'utf8');
  body = original;
  // One address whose text the test can change between visits, as a news site edits a story.
  server = createServer((req, res) => {
    if (req.url?.startsWith('/tin/bai.html')) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  origin = `http://127.0.0.1:${address.port}`;
  ext = await launchExtension();
  await mkdir(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await ext?.close();
  await new Promise((done) => server?.close(done));
});



function userHighlightTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((CSS.highlights.get('trichbao-user') as Iterable<Range> | undefined) ?? [])].map((r) => r.toString()));
}


describe('user highlights in Chromium', () => {
  let article: Page;
  let tabId = -1;
  let extPage: Page;

  it('registers "Highlight & clip" as a context menu item and a keyboard command', async () => {
    const manifest = JSON.parse(await readFile(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { commands: Record<string, unknown>; permissions: string[] };
    expect(manifest.commands['highlight-selection']).toMatchObject({ suggested_key: { default: 'Alt+Shift+H' } });
    expect(manifest.permissions).toContain('contextMenus');
    // Menu items cannot be listed, but updating one that does not exist fails.
    await expect.poll(() => ext.worker.evaluate(() => chrome.contextMenus.update('highlight-selection', {}).then(() => 'exists', (e: Error) => e.message))).toBe('exists');
    await expect(ext.worker.evaluate(() => chrome.contextMenus.update('no-such-item', {}).then(() => 'exists', () => 'missing'))).resolves.toBe('missing');
  });

  it('highlights the selection with a note, clips the article and paints the passage', async () => {
    ({ page: article, tabId } = await openTab(ext, `${origin}/tin/bai.html`));
    await waitForHighlight(article, 'trichbao-official');
    expect(await selectText(article, PASSAGE)).toBe(PASSAGE);
    // Context-menu clicks cannot be automated: an extension page asks the background to run the same handler.
    extPage = await ext.context.newPage();
    await extPage.goto(`chrome-extension://${ext.extensionId}/options.html`);
    const asked = await extPage.evaluate((id) => chrome.runtime.sendMessage({ channel: 'trich-bao', type: 'highlightSelection', data: { tabId: id } }), tabId);
    expect(asked).toBe(true);
    await article.bringToFront();
    await article.waitForSelector('trich-bao-note', { state: 'attached' });
    // The note field has focus inside the closed shadow root: type as the reader would.
    await article.keyboard.type('Mục tiêu năm 2030');
    await article.keyboard.press('Enter');
    await article.waitForSelector('trich-bao-note', { state: 'detached' });
    await expect.poll(() => userHighlightTexts(article), { timeout: 10_000 }).toEqual([PASSAGE]);

    const highlights = await readStore(extPage, 'userHighlights');
    expect(highlights).toHaveLength(1);
    expect(highlights[0]).toMatchObject({ pageKey: CANONICAL, note: 'Mục tiêu năm 2030', scope: 'article', orphan: false, url: `${origin}/tin/bai.html` });
    await expect.poll(async () => (await readStore(extPage, 'clippings')).map((c) => c.canonicalUrl), { timeout: 10_000 }).toEqual([CANONICAL]);
    const [clipping] = await readStore(extPage, 'clippings');
    expect(clipping).toMatchObject({ title: 'Tỉnh ủy sơ kết 5 năm phát triển nông nghiệp xanh', author: 'Minh An' });
    // Since schema version 4 the article body lives in its own table, under the clipping's id.
    const bodies = await readStore(extPage, 'clippingBodies');
    expect(bodies.find((b) => b.clippingId === clipping!.id)?.markdown).toContain('huy động nguồn lực xã hội');
  });

  it('places the highlight again after a reload', async () => {
    await article.reload();
    await waitForHighlight(article, 'trichbao-user');
    expect(await userHighlightTexts(article)).toEqual([PASSAGE]);
    // Entity highlights are still there, under their own names.
    await waitForHighlight(article, 'trichbao-official');
    await article.evaluate((passage) => {
      const walker = document.createTreeWalker(document.querySelector('article')!, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(passage)) (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
    }, PASSAGE);
    await article.screenshot({ path: resolve(SCREENSHOTS, 'user-highlight.png') });
  });

  it('survives a small edit of the passage (fuzzy re-anchoring)', async () => {
    body = original.replace('huy động nguồn lực xã hội để đầu tư', 'huy động các nguồn lực xã hội để đầu tư');
    await article.reload();
    await waitForHighlight(article, 'trichbao-user');
    expect(await userHighlightTexts(article)).toEqual(['huy động các nguồn lực xã hội để đầu tư hạ tầng sản xuất']);
  });

  it('lists the highlight as an orphan in the popup when the edited page no longer has the passage', async () => {
    body = original.replace(/huy động nguồn lực xã hội[^,]*,/, 'tập trung chỉ đạo quyết liệt,');
    expect(body).not.toContain('nguồn lực');
    await article.reload();
    await waitForHighlight(article, 'trichbao-official');
    await expect.poll(async () => (await readStore(extPage, 'userHighlights'))[0]?.orphan, { timeout: 10_000 }).toBe(true);
    expect(await userHighlightTexts(article)).toEqual([]);

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    const orphan = popup.getByTestId('user-highlight-orphan');
    await orphan.waitFor();
    expect(await orphan.innerText()).toContain(PASSAGE);
    expect(await orphan.innerText()).toContain('Mục tiêu năm 2030');
    await orphan.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: resolve(SCREENSHOTS, 'user-highlight-orphan.png'), fullPage: true });

    // The library's page of the clipping lists it too, with its note.
    const [clipping] = await readStore(extPage, 'clippings');
    const library = await ext.context.newPage();
    await library.goto(`chrome-extension://${ext.extensionId}/library.html#/clipping/${String(clipping!.id)}`);
    const inLibrary = library.getByTestId('clipping-view').getByTestId('user-highlight-orphan');
    await inLibrary.waitFor();
    expect(await inLibrary.innerText()).toContain(PASSAGE);
    expect(await inLibrary.innerText()).toContain('Mục tiêu năm 2030');

    // Back to the original text: placed again, and no longer an orphan.
    body = original;
    await article.reload();
    await waitForHighlight(article, 'trichbao-user');
    await expect.poll(async () => (await readStore(extPage, 'userHighlights'))[0]?.orphan, { timeout: 10_000 }).toBe(false);
  });
});
