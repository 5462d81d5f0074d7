import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The test build (`wxt build --mode e2e`): the product plus a grant for the 127.0.0.1 test server. */
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');

/** Chromium from Debian (tests never download a browser). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A Chromium profile with the built extension loaded, and the extension's id. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  downloadsDir: string;
  close: () => Promise<void>;
}

/** Starts headless Chromium with `.output/chrome-mv3` loaded. */
export async function launchExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`wxt build --mode e2e\` first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'trich-bao-profile-'));
  const downloadsDir = await mkdtemp(join(tmpdir(), 'trich-bao-downloads-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    downloadsPath: downloadsDir,
    viewport: { width: 1100, height: 900 },
    locale: 'vi-VN',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--lang=vi',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  // The background registers the content script for granted sites when it is installed; a tab
  // opened before that finishes would get none (as would a user's), so tests start after it.
  const deadline = Date.now() + 20_000;
  while ((await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length)) === 0) {
    if (Date.now() > deadline) throw new Error('the background never registered the content script');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    context,
    worker,
    extensionId,
    downloadsDir,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      await rm(downloadsDir, { recursive: true, force: true });
    },
  };
}
