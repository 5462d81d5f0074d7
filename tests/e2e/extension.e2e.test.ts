import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import type { CDPSession, Page } from 'playwright-core';
import type { ExtensionBrowser } from './support/launch-extension';
import { type PageServer, SCREENSHOTS, startTestBrowser, stopTestBrowser } from './support/start-test-browser';
import { openTab } from './support/open-tab';
import { readHighlights, waitForHighlight } from './support/page-highlights';
import { readStore } from './support/read-store';

let ext: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => ({ ext, server } = await startTestBrowser()));
afterAll(() => stopTestBrowser({ ext, server }));


interface DomNode { nodeId: number; nodeName: string; nodeValue?: string; attributes?: string[]; children?: DomNode[]; shadowRoots?: DomNode[] }

/** The first node (with its text) that `match` accepts, looking into closed shadow roots as DevTools does. */
async function closedShadowNode(cdp: CDPSession, match: (n: DomNode) => boolean): Promise<{ nodeId: number; text: string; attributes?: string[] } | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const text = (n: DomNode): string => (n.nodeName === '#text' ? (n.nodeValue ?? '') : (n.children ?? []).map(text).join(''));
  const find = (n: DomNode): DomNode | null => {
    if (match(n)) return n;
    for (const child of [...(n.shadowRoots ?? []), ...(n.children ?? [])]) {
      const hit = find(child);
      if (hit) return hit;
    }
    return null;
  };
  const hit = find(root);
  return hit && { nodeId: hit.nodeId, text: text(hit), attributes: hit.attributes };
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 420, height: 900 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

describe('extension in Chromium', () => {
  let article: Page | undefined;
  let articleTab = -1;

  it('highlights exactly the officials and documents of an article page', async () => {
    const url = `${server.origin}/article.html`;
    // Count every DOM mutation from the start: with the Highlight API the page must see none.
    await ext.context.addInitScript(() => {
      const w = window as unknown as { __mutations: number };
      w.__mutations = 0;
      // From the end of parsing (before the content script's document_idle run).
      document.addEventListener('DOMContentLoaded', () =>
        new MutationObserver((records) => (w.__mutations += records.length)).observe(document, {
          subtree: true, childList: true, attributes: true, characterData: true,
        }),
      );
    });
    ({ page: article, tabId: articleTab } = await openTab(ext, url));
    await waitForHighlight(article, 'trichbao-official');
    const highlights = await readHighlights(article);
    expect(highlights['trichbao-official']?.sort()).toEqual(['Hoàng Minh Khoa', 'Hoàng Minh Khoa', 'Lê Thị Thu Hà']);
    expect(highlights['trichbao-document']?.sort()).toEqual(['Nghị quyết số 18-NQ/TU', 'Nghị định số 45/2022/NĐ-CP']);
    expect(await article.evaluate(() => (window as unknown as { __mutations: number }).__mutations)).toBe(0);
  });

  it('shows a card with the official\'s titles when the pointer rests on a highlight', async () => {
    const page = article!;
    const box = await page.evaluate(() => {
      const first = [...CSS.highlights.get('trichbao-official')!][0]!;
      const range = document.createRange();
      range.setStart(first.startContainer, first.startOffset);
      range.setEnd(first.endContainer, first.endOffset);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.move(box.x, box.y);
    await page.waitForSelector('trich-bao-card', { state: 'attached' });
    // The card lives in a closed shadow root; DevTools' DOM view can still see into it.
    const cdp = await page.context().newCDPSession(page);
    await expect.poll(async () => {
      const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: unknown };
      return JSON.stringify(root);
    }).toMatch(/Ủy viên Trung ương Đảng[\s\S]*Bí thư Tỉnh ủy/);
    await page.screenshot({ path: `${SCREENSHOTS}/article-highlights.png` });

    // The card's own button clips the article: the pointer crosses to it and clicks.
    const button = await closedShadowNode(cdp, (n) => n.nodeName === 'BUTTON');
    expect(button?.text).toBe('Lưu bài này');
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button!.nodeId })) as { model: { content: number[] } };
    const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
    await page.mouse.move((x1 + x3) / 2, (y1 + y3) / 2, { steps: 4 });
    await page.mouse.click((x1 + x3) / 2, (y1 + y3) / 2);
    await expect.poll(async () => (await closedShadowNode(cdp, (n) => n.nodeName === 'DIV' && n.attributes?.includes('status') === true))?.text)
      .toBe('Đã lưu bài vào thư viện.');
    const store = await ext.context.newPage();
    await store.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const rows = await readStore(store, 'clippings');
    expect(rows.map((r) => r.title)).toEqual(['Tỉnh ủy sơ kết 5 năm phát triển nông nghiệp xanh']);
    await store.close();
    await page.mouse.move(5, 5);
  });

  it('leaves a listing page without highlights', async () => {
    const { page: listing, tabId } = await openTab(ext, `${server.origin}/listing.html`);
    // The popup's answer proves the content script ran on the page before we look.
    const popup = await openPopup(tabId);
    await popup.getByTestId('not-article').waitFor();
    expect(await readHighlights(listing)).toEqual({});
    await popup.close();
    await listing.close();
  });

  it('highlights an article inserted after load', async () => {
    const late = await ext.context.newPage();
    await late.goto(`${server.origin}/late-article.html`);
    expect(await readHighlights(late)).toEqual({});
    await waitForHighlight(late, 'trichbao-document');
    const highlights = await readHighlights(late);
    expect(highlights['trichbao-official']).toEqual(['Trần Quốc Việt']);
    expect(highlights['trichbao-document']).toEqual(['Chỉ thị số 07/CT-TTg']);
    await late.close();
  });

  it('reads only the paragraphs an infinite scroll appends, one by one, never the whole article again', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/infinite-scroll.html`);
    await waitForHighlight(page, 'trichbao-official');
    type Stats = { fullScans: number; updates: number; updatedChars: number };
    const stats = () => page.evaluate(() => (window as unknown as { __stats?: Stats }).__stats ?? null);
    await expect.poll(stats).toMatchObject({ fullScans: 1, updates: 0 });
    // Fifty appends, each in a task of its own, some a frame apart.
    const appended = await page.evaluate(async () => {
      const w = window as unknown as { __appendUpdate: (i: number) => number };
      let chars = 0;
      for (let i = 0; i < 50; i++) {
        chars += w.__appendUpdate(i);
        await new Promise((r) => setTimeout(r, i % 4 === 0 ? 20 : 0));
      }
      return chars;
    });
    await expect.poll(async () => (await stats())?.updatedChars).toBe(appended);
    const after = (await stats())!;
    expect(after.fullScans).toBe(1);
    expect(after.updates).toBeGreaterThan(1);
    expect(after.updates).toBeLessThanOrEqual(50);
    const highlights = await readHighlights(page);
    expect(highlights['trichbao-document']).toHaveLength(51);
    expect(highlights['trichbao-document']).toContain('Kế hoạch số 249/KH-UBND');
    expect(highlights['trichbao-official']).toHaveLength(51);
    expect(highlights['trichbao-official']).toContain('Lâm Văn Khánh');
    await page.close();
  });

  it('lists the entities in the popup, clips the article and exports it as Markdown', async () => {
    const popup = await openPopup(articleTab);
    await expect.poll(() => popup.getByTestId('article-title').textContent()).toBe(
      'Tỉnh ủy sơ kết 5 năm phát triển nông nghiệp xanh',
    );
    const officials = await popup.getByTestId('officials').locator('li').allTextContents();
    expect(officials.join('\n')).toContain('Hoàng Minh Khoa');
    expect(officials.join('\n')).toContain('Lê Thị Thu Hà');
    const documents = await popup.getByTestId('documents').locator('li').allTextContents();
    expect(documents.join('\n')).toContain('18-NQ/TU');

    await popup.getByTestId('note').fill('Theo dõi tiến độ: "nông nghiệp xanh" # 2030');
    await popup.getByTestId('tags').fill('nông nghiệp, Tỉnh ủy');
    await popup.getByTestId('clip').click();
    await popup.getByTestId('clip-status').waitFor();
    await expect.poll(() => popup.getByTestId('clippings').locator('li').count()).toBe(1);

    // Clipping again updates the same clipping.
    await popup.getByTestId('clip').click();
    await popup.waitForTimeout(300);
    expect(await popup.getByTestId('clippings').locator('li').count()).toBe(1);
    await popup.screenshot({ path: `${SCREENSHOTS}/popup.png`, fullPage: true });

    // Opened again, the popup shows the stored note and tags: updating never wipes them.
    const again = await openPopup(articleTab);
    await expect.poll(() => again.getByTestId('note').inputValue()).toBe('Theo dõi tiến độ: "nông nghiệp xanh" # 2030');
    expect(await again.getByTestId('tags').inputValue()).toBe('nông nghiệp, Tỉnh ủy');
    expect(await again.getByTestId('clip').textContent()).toBe('Cập nhật bài đã lưu');
    await again.close();

    await popup.getByTestId('export-one').first().click();
    const file = await popup.evaluate(async () => {
      for (let i = 0; i < 100; i++) {
        const [item] = await chrome.downloads.search({ orderBy: ['-startTime'], limit: 1 });
        if (item?.state === 'complete') return item.filename;
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    expect(file).toBeTruthy();
    const markdown = await readFile(file!, 'utf8');
    const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
    expect(match).not.toBeNull();
    const front = parseYaml(match![1]!) as Record<string, unknown>;
    expect(front.title).toBe('Tỉnh ủy sơ kết 5 năm phát triển nông nghiệp xanh');
    expect(front.tags).toEqual(['nông nghiệp', 'Tỉnh ủy']);
    expect(front.officials).toEqual(expect.arrayContaining(['Hoàng Minh Khoa', 'Lê Thị Thu Hà']));
    expect(markdown).toContain('Nghị quyết số 18-NQ/TU');
    expect(markdown).toContain('chè hữu cơ');
    await popup.close();
  });

  it('switches highlights off and on for the site from the popup, at once', async () => {
    const page = article!;
    const popup = await openPopup(articleTab);
    const site = popup.getByTestId('highlight-site');
    await expect.poll(() => site.isChecked()).toBe(true);
    await site.uncheck();
    await page.waitForFunction(() => CSS.highlights.size === 0, undefined, { timeout: 5_000 });
    // Remembered: a reload keeps them off.
    await page.reload();
    await popup.waitForTimeout(800);
    expect(await readHighlights(page)).toEqual({});
    await site.check();
    await waitForHighlight(page, 'trichbao-official');
    await popup.close();
  });

  it('steps to the next highlight and opens its card (keyboard command path)', async () => {
    const page = article!;
    const popup = await openPopup(articleTab);
    const shown = await popup.evaluate(
      (tabId) => chrome.tabs.sendMessage(tabId, { channel: 'trich-bao', type: 'stepHighlight', data: { direction: 1 } }),
      articleTab,
    );
    expect(shown).toBe(true);
    await page.waitForSelector('trich-bao-card', { state: 'attached' });
    // Malformed commands are ignored: no listener answers.
    const ignored = await popup.evaluate(
      (tabId) => chrome.tabs.sendMessage(tabId, { channel: 'trich-bao', type: 'stepHighlight', data: { direction: 5 } }),
      articleTab,
    );
    expect(ignored).toBeUndefined();
    await popup.close();
  });
});
