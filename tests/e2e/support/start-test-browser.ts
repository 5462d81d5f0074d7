import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { launchExtension, type ExtensionBrowser } from './launch-extension';
import { servePages } from './serve-pages';

/** Where the tests save the screenshots the README shows. */
export const SCREENSHOTS = resolve('docs/screenshots');

/** The test pages' server. */
export type PageServer = Awaited<ReturnType<typeof servePages>>;

/** Chromium with the built extension, and the server of `tests/e2e/pages` it reads from. */
export interface TestBrowser {
  ext: ExtensionBrowser;
  server: PageServer;
}

/** Serves the test pages, launches Chromium with the extension and makes sure the screenshot folder exists. */
export async function startTestBrowser(): Promise<TestBrowser> {
  const server = await servePages(resolve('tests/e2e/pages'));
  const ext = await launchExtension();
  await mkdir(SCREENSHOTS, { recursive: true });
  return { ext, server };
}

/** Closes what {@link startTestBrowser} opened (either may be missing when start-up failed). */
export async function stopTestBrowser(started: Partial<TestBrowser>): Promise<void> {
  await started.ext?.close();
  await started.server?.close();
}
