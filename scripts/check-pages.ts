/**
 * `npm run -s check:pages -- <dir>`: loads every saved page under <dir> (any `*.html`) in
 * Chromium with the extension's test build (which may run on 127.0.0.1) and prints, per page
 * and in total, console errors the extension caused and DOM mutations it made (a page's own
 * mutations are measured in a browser without the extension and subtracted). A script, not a
 * test: it reads pages the project does not own.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createServer } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync, mkdtempSync } from 'node:fs';
import { join, relative, resolve, extname } from 'node:path';
import { tmpdir } from 'node:os';

const EXTENSION = resolve('.output/chrome-mv3-e2e');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SETTLE_MS = 1500;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return extname(name) === '.html' && !name.startsWith('expected') ? [path] : [];
  });
}

/** Counts DOM mutations from the end of parsing on, and exposes the count. */
function countMutations() {
  const w = window as unknown as { __mutations: number };
  w.__mutations = 0;
  document.addEventListener('DOMContentLoaded', () =>
    new MutationObserver((records) => (w.__mutations += records.length)).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    }),
  );
}

async function visit(context: BrowserContext, url: string) {
  const page: Page = await context.newPage();
  const extensionErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && msg.location().url.startsWith('chrome-extension://')) extensionErrors.push(msg.text());
  });
  page.on('pageerror', (error) => {
    if (String(error.stack ?? '').includes('chrome-extension://')) extensionErrors.push(error.message);
  });
  // Pages are saved copies: nothing but the page itself is served; the network stays closed.
  await page.route('**/*', (route) => (route.request().url().startsWith('http://127.0.0.1') ? route.continue() : route.abort()));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  } catch {
    // A page whose subresources never settle is still checked as it stands.
  }
  await page.waitForTimeout(SETTLE_MS);
  const state = await page.evaluate(() => ({
    mutations: (window as unknown as { __mutations?: number }).__mutations ?? 0,
    highlights: [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0),
  }));
  await page.close();
  return { ...state, extensionErrors };
}

async function main() {
  const dir = process.argv[2];
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run -s check:pages -- <dir with saved pages>');
    process.exit(2);
  }
  if (!existsSync(join(EXTENSION, 'manifest.json'))) {
    console.error('No test build: run `npx wxt build --mode e2e` first.');
    process.exit(2);
  }
  const root = resolve(dir);
  const files = htmlFiles(root).sort();
  const server = createServer((req, res) => {
    const path = resolve(root, '.' + decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'content-type': extname(path) === '.html' ? 'text/html; charset=utf-8' : 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;

  const withExtension = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tb-check-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [...ARGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  const plain = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'tb-check-plain-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
  });
  await withExtension.addInitScript(countMutations);
  await plain.addInitScript(countMutations);

  let totalErrors = 0;
  let totalMutations = 0;
  let highlighted = 0;
  console.log('page'.padEnd(48), 'highlights', 'ext-errors', 'ext-mutations');
  for (const file of files) {
    const url = `${origin}/${relative(root, file).split('/').map(encodeURIComponent).join('/')}`;
    const [ext, base] = [await visit(withExtension, url), await visit(plain, url)];
    const mutations = Math.max(0, ext.mutations - base.mutations);
    totalErrors += ext.extensionErrors.length;
    totalMutations += mutations;
    if (ext.highlights > 0) highlighted++;
    console.log(relative(root, file).padEnd(48), String(ext.highlights).padStart(10), String(ext.extensionErrors.length).padStart(10), String(mutations).padStart(13));
    for (const e of ext.extensionErrors) console.log(`    error: ${e.slice(0, 200)}`);
  }
  console.log(`\n${files.length} pages, ${highlighted} with highlights; extension console errors: ${totalErrors}; DOM mutations by the extension: ${totalMutations}`);
  await withExtension.close();
  await plain.close();
  server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
