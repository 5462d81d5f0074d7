import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { parse as parseYaml } from 'yaml';
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './support/launch-extension';
import { type PageServer, SCREENSHOTS, startTestBrowser, stopTestBrowser } from './support/start-test-browser';
import { clipTestArticle, TEST_ARTICLE_TITLE } from './support/clip-test-article';

const TITLE = TEST_ARTICLE_TITLE;
const NOTE = '=HYPERLINK("http://x.example") đối chiếu báo cáo quý';
const COPY_TITLE = 'Bản sao để thử nhập: hợp tác xã chè hữu cơ';
const BOM = [0xef, 0xbb, 0xbf];
const BIG = 1_500;
let ext: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => ({ ext, server } = await startTestBrowser()));
afterAll(() => stopTestBrowser({ ext, server }));


/** Runs `click`, then waits (from an extension page) for the download it starts to finish; the file's bytes and path. */
async function download(page: Page, click: () => Promise<void>): Promise<{ path: string; bytes: Buffer }> {
  const before = await page.evaluate(async () => Math.max(0, ...(await chrome.downloads.search({})).map((d) => d.id)));
  await click();
  const path = await page.evaluate(async (after) => {
    for (let i = 0; i < 200; i++) {
      const item = (await chrome.downloads.search({})).find((d) => d.id > after);
      if (item?.state === 'complete') return item.filename;
      if (item?.state === 'interrupted') return `interrupted: ${item.error}`;
      await new Promise((r) => setTimeout(r, 100));
    }
    return 'no download';
  }, before);
  expect(path).not.toMatch(/^(interrupted|no download)/);
  return { path, bytes: await readFile(path) };
}

const frontMatter = (markdown: string) => parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!) as Record<string, unknown>;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes); // keeps nothing of the BOM: checked apart
const csvLines = (bytes: Uint8Array) => text(bytes.subarray(3)).split('\r\n');

describe('export and import in Chromium', () => {
  let library: Page;
  let backup: { format: string; clippings: Array<Record<string, unknown>> };

  it('exports all clippings from the library as Markdown, zip, JSON and both CSVs', async () => {
    await clipTestArticle(ext, server.origin, { note: NOTE, tags: 'nông nghiệp, Tỉnh ủy' });
    library = await ext.context.newPage();
    await library.setViewportSize({ width: 1100, height: 900 });
    await library.goto(`chrome-extension://${ext.extensionId}/library.html#/export`);
    await library.getByTestId('export-panel').waitFor();
    await expect.poll(() => library.getByTestId('scope-all').isChecked()).toBe(true);

    const md = await download(library, () => library.getByTestId('export-markdown').click());
    const markdown = text(md.bytes);
    expect(frontMatter(markdown)).toMatchObject({ format: 'trich-bao-markdown', count: 1 });
    expect(markdown).toContain(`# ${TITLE}`);
    expect(markdown).toContain('chè hữu cơ');
    expect(markdown).toContain('Hoàng Minh Khoa');
    // Playwright stores downloads under random names: the name the extension asked for is in the status.
    await expect.poll(() => library.getByTestId('export-status').textContent()).toMatch(/^Đã xuất 1 bài vào trich-bao\/trich-bao-\d{4}-\d\d-\d\d\.md$/);

    await library.getByTestId('wiki-links').check();
    const zip = await download(library, () => library.getByTestId('export-zip').click());
    expect(await library.getByTestId('export-status').textContent()).toMatch(/\.zip$/);
    const files = unzipSync(new Uint8Array(zip.bytes));
    const names = Object.keys(files).sort();
    expect(names).toEqual(['entities.csv', 'tinh-uy-so-ket-5-nam-phat-trien-nong-nghiep-xanh.md']);
    const one = strFromU8(files[names[1]!]!);
    const front = frontMatter(one);
    expect(front).toMatchObject({ title: TITLE, tags: ['nông nghiệp', 'Tỉnh ủy'] });
    expect(front.officials).toEqual(expect.arrayContaining(['[[Hoàng Minh Khoa]]', '[[Lê Thị Thu Hà]]']));
    expect(one).toContain('Nghị quyết số 18-NQ/TU');
    expect([...files['entities.csv']!.subarray(0, 3)]).toEqual(BOM);
    expect(strFromU8(files['entities.csv']!)).toContain('Hoàng Minh Khoa');
    await library.getByTestId('wiki-links').uncheck();

    const json = await download(library, () => library.getByTestId('export-json').click());
    expect(await library.getByTestId('export-status').textContent()).toMatch(/trich-bao-backup-\d{4}-\d\d-\d\d\.json$/);
    backup = JSON.parse(text(json.bytes));
    expect(backup.format).toBe('trich-bao-backup');
    expect(backup.clippings).toHaveLength(1);
    expect(backup.clippings[0]).toMatchObject({ title: TITLE, note: NOTE, tags: ['nông nghiệp', 'Tỉnh ủy'] });

    const csv = await download(library, () => library.getByTestId('export-csv').click());
    expect([...csv.bytes.subarray(0, 3)]).toEqual(BOM);
    const rows = csvLines(csv.bytes);
    expect(rows[0]).toBe('id,clipped,title,url,canonical,site,author,published,tags,officials,documents,note');
    expect(rows[1]).toContain(TITLE);
    expect(rows[1]).toContain('Hoàng Minh Khoa');
    // A note that starts like a formula is made text (leading apostrophe), quotes doubled.
    expect(rows[1]).toContain('"\'=HYPERLINK(""http://x.example"") đối chiếu báo cáo quý"');

    const mentions = await download(library, () => library.getByTestId('export-entities-csv').click());
    expect([...mentions.bytes.subarray(0, 3)]).toEqual(BOM);
    const lines = csvLines(mentions.bytes);
    expect(lines[0]).toMatch(/^clipping_id,clipping_title,clipping_url,kind,key,name,surface,/);
    expect(lines.some((l) => l.includes(',official,') && l.includes('Hoàng Minh Khoa'))).toBe(true);
    expect(lines.some((l) => l.includes(',document,') && l.includes('18-NQ/TU'))).toBe(true);
  });

  it('refuses a backup with one corrupt record, says which and why, and leaves the library as it was', async () => {
    const good = { ...backup.clippings[0]!, id: 2, canonicalUrl: `${server.origin}/ban-sao.html`, title: COPY_TITLE };
    const corrupt = { ...backup.clippings[0]!, id: 3, canonicalUrl: `${server.origin}/hong.html`, clippedAt: 'hôm qua' };
    const file = JSON.stringify({ ...backup, clippings: [good, corrupt] });
    await library.getByTestId('import-file').setInputFiles({ name: 'hong.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    const problems = library.getByTestId('import-problems').locator('li');
    await expect.poll(() => problems.allTextContents()).toEqual([expect.stringMatching(/^Bản ghi 2: "clippedAt" phải là số/)]);
    expect(await library.getByTestId('import-plan').count()).toBe(0);
    await library.getByTestId('nav-list').click();
    await expect.poll(() => library.getByTestId('clipping-row').allTextContents()).toEqual([expect.stringContaining(TITLE)]);
  });

  it('shows what a good backup will add, imports it, and the new clipping appears', async () => {
    await library.getByTestId('nav-transfer').click();
    const copy = { ...backup.clippings[0]!, canonicalUrl: `${server.origin}/ban-sao.html`, title: COPY_TITLE };
    const file = JSON.stringify({ ...backup, clippings: [backup.clippings[0], copy] });
    await library.getByTestId('import-file').setInputFiles({ name: 'sao-luu.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await library.getByTestId('import-plan').waitFor();
    expect(await library.getByTestId('plan-added').textContent()).toContain('1');
    expect(await library.getByTestId('plan-updated').textContent()).toContain('0');
    expect(await library.getByTestId('plan-skipped').textContent()).toContain('1');
    await library.screenshot({ path: `${SCREENSHOTS}/export-import.png`, fullPage: true });
    await library.getByTestId('import-confirm').click();
    await expect.poll(() => library.getByTestId('import-result').textContent()).toBe('Đã nhập xong: 1 bài mới, 0 bài cập nhật, 1 bài giữ nguyên.');
    await library.getByTestId('nav-list').click();
    await expect.poll(() => library.getByTestId('clipping-row').count()).toBe(2);
    const titles = (await library.getByTestId('clipping-row').allTextContents()).join('\n');
    expect(titles).toContain(COPY_TITLE);
    expect(titles).toContain(TITLE);
  });

  it('exports only what the library list is filtered to', async () => {
    await library.getByTestId('library-search').fill('ban sao thu nhap');
    await expect.poll(() => library.getByTestId('result-count').textContent()).toMatch(/^1 /);
    await library.getByTestId('nav-transfer').click();
    await expect.poll(() => library.getByTestId('scope-selection').isChecked()).toBe(true);
    const md = await download(library, () => library.getByTestId('export-markdown').click());
    const markdown = text(md.bytes);
    expect(frontMatter(markdown)).toMatchObject({ count: 1 });
    expect(markdown).toContain(`# ${COPY_TITLE}`);
    // The copy shares the original's body (title heading included): only the original's canonical address tells them apart.
    expect(markdown).not.toContain(`canonical: "${backup.clippings[0]!.canonicalUrl as string}"`);
    await library.getByTestId('nav-list').click();
    await library.getByTestId('library-search').fill('');
    await expect.poll(() => library.getByTestId('clipping-row').count()).toBe(2);
  });

  it('copies one clipping as Markdown from the clipping view', async () => {
    await library.getByTestId('clipping-row').filter({ hasText: COPY_TITLE }).getByRole('link').click();
    await library.getByTestId('clipping-view').waitFor();
    await library.getByTestId('copy-markdown').click();
    await expect.poll(() => library.getByTestId('copy-status').textContent()).toContain('Đã chép');
    // Reading the clipboard needs a permission extension pages lack; a real paste does not.
    await library.evaluate(() => {
      const box = document.createElement('textarea');
      box.id = 'paste-box';
      document.body.append(box);
    });
    await library.locator('#paste-box').focus();
    await library.keyboard.press('Control+V');
    const copied = await library.locator('#paste-box').inputValue();
    await library.evaluate(() => document.getElementById('paste-box')?.remove());
    expect(frontMatter(copied)).toMatchObject({ title: COPY_TITLE, canonical: `${server.origin}/ban-sao.html` });
    expect(copied).toContain('chè hữu cơ');
  });

  it('exports all clippings as Markdown and a JSON backup from the popup', async () => {
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('clippings').locator('li').count()).toBe(2);
    const all = await download(popup, () => popup.getByTestId('export-all').click());
    const markdown = text(all.bytes);
    expect(frontMatter(markdown)).toMatchObject({ format: 'trich-bao-markdown', count: 2 });
    expect(markdown).toContain(`# ${COPY_TITLE}`);
    const json = await download(popup, () => popup.getByTestId('export-json').click());
    const saved = JSON.parse(text(json.bytes)) as typeof backup;
    expect(saved.clippings.map((c) => c.title).sort()).toEqual([COPY_TITLE, TITLE].sort());
    await popup.close();
  });

  it('shows the zip\'s progress, cancels it, and builds it again without long tasks on the page', async () => {
    // Enough clippings, with varied text, that deflating them takes well over a second.
    const words = ['tỉnh', 'ủy', 'hội', 'đồng', 'nhân', 'dân', 'kế', 'hoạch', 'đầu', 'tư', 'công', 'nông', 'thôn', 'mới', 'giao', 'thông', 'đường', 'bộ', 'cao', 'tốc', 'ngân', 'sách', 'huyện', 'xã'];
    let seed = 7;
    const word = () => words[((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) % words.length]!;
    const many = Array.from({ length: BIG }, (_, i) => ({
      ...backup.clippings[0]!,
      id: null,
      canonicalUrl: `${server.origin}/bai-${i}.html`,
      title: `Bài thử số ${i}: ${word()} ${word()}`,
      markdown: Array.from({ length: 2500 }, word).join(' '),
      text: 'Bài thử',
    }));
    await library.getByTestId('nav-transfer').click();
    await library.getByTestId('import-file').setInputFiles({ name: 'nhieu.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ ...backup, clippings: many })) });
    const importStarted = Date.now();
    await library.getByTestId('import-confirm').click({ timeout: 30_000 });
    await expect.poll(() => library.getByTestId('import-result').textContent(), { timeout: 30_000 }).toContain(`${BIG} bài mới`);

    console.log(`import of ${BIG} clippings: ${((Date.now() - importStarted) / 1000).toFixed(1)} s`);

    await library.evaluate(() => {
      const w = window as unknown as { longest: number; progress: number[] };
      w.longest = 0;
      w.progress = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longest = Math.max(w.longest, entry.duration);
      }).observe({ type: 'longtask' });
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('[data-testid="export-progress"]');
        if (bar) w.progress.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const started = Date.now();
    const zip = await download(library, () => library.getByTestId('export-zip').click());
    const seconds = (Date.now() - started) / 1000;
    const { longest, progress } = await library.evaluate(() => {
      const w = window as unknown as { longest: number; progress: number[] };
      return { longest: w.longest, progress: w.progress };
    });
    console.log(`zip of ${BIG + 2} clippings: ${seconds.toFixed(1)} s, ${(zip.bytes.length / 1e6).toFixed(1)} MB, longest task ${longest.toFixed(0)} ms, ${progress.length} progress updates`);
    expect(Object.keys(unzipSync(new Uint8Array(zip.bytes)))).toHaveLength(BIG + 3);
    // The bar moved through intermediate values, in order.
    expect(progress.some((v) => v > 0 && v < BIG + 3)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    // The zip itself runs in ~12 ms slices; the longest tasks left are reading the rows from IndexedDB and making the Blob.
    expect(longest).toBeLessThan(1_000);

    // Cancelled while it builds: nothing is downloaded, and the panel says so.
    const downloads = await library.evaluate(async () => (await chrome.downloads.search({})).length);
    await library.getByTestId('export-zip').click();
    await library.getByTestId('export-cancel').click();
    await expect.poll(() => library.getByTestId('export-status').textContent()).toBe('Đã hủy, không tải tệp nào.');
    expect(await library.getByTestId('export-progress').count()).toBe(0);
    expect(await library.evaluate(async () => (await chrome.downloads.search({})).length)).toBe(downloads);
  }, 120_000);
});
