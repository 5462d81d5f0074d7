import { browser } from 'wxt/browser';

/** Id of the dynamically registered content script that highlights granted sites. */
export const AUTO_SCRIPT_ID = 'trich-bao-auto';

/** Built files of the content script (WXT's output paths). */
export const CONTENT_SCRIPT_FILES = {
  js: ['/content-scripts/content.js'] as const,
  css: ['/content-scripts/content.css'] as const,
};

/** Granted http(s) origins: the sites where highlighting runs by itself. */
export async function grantedSitePatterns(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  return origins.filter((o) => /^(\*|https?):\/\//.test(o));
}

/**
 * Registers the content script for exactly the sites the user has granted (and unregisters it
 * when there are none), so automatic highlighting follows the permissions.
 */
export async function syncContentScripts(): Promise<string[]> {
  const matches = await grantedSitePatterns();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (existing.length > 0) await browser.scripting.unregisterContentScripts({ ids: [AUTO_SCRIPT_ID] });
  if (matches.length === 0) return [];
  await browser.scripting.registerContentScripts([
    { id: AUTO_SCRIPT_ID, matches, js: [...CONTENT_SCRIPT_FILES.js], css: [...CONTENT_SCRIPT_FILES.css], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
  return matches;
}
