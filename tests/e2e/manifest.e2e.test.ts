import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Permissions the product may ask for at install, and why (README "Permissions"). */
const ALLOWED_PERMISSIONS = [
  'activeTab', // the popup, the keyboard commands and the context menu act on the page the reader is on
  'scripting', // inject the content script (and the article reader for "Highlight & clip") there; register it for granted sites
  'downloads', // Markdown and backup exports
  'storage', // the highlight on/off switches, read by content scripts
  'contextMenus', // "Highlight & clip" on selected text
];
const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv3'];

function manifestOf(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe.each(BUILDS)('built manifest %s', (dir) => {
  const manifest = manifestOf(dir);

  it('asks for no host access at install', () => {
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts ?? []).toEqual([]);
    expect(JSON.stringify(manifest.permissions)).not.toMatch(/<all_urls>|\*:\/\/|https?:/);
  });

  it('asks only for the permissions it needs', () => {
    expect([...(manifest.permissions as string[])].sort()).toEqual([...ALLOWED_PERMISSIONS].sort());
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('exposes no web-accessible resources and keeps the default CSP', () => {
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    expect(manifest.content_security_policy).toBeUndefined();
  });

  it('loads nothing from the network', () => {
    const remote = filesUnder(resolve(dir))
      .filter((f) => /\.(html|js|css)$/.test(f))
      .filter((f) => /<script[^>]+src=["']https?:|@import\s+url\(["']?https?:|import\(["']https?:/.test(readFileSync(f, 'utf8')));
    expect(remote).toEqual([]);
  });
});

describe('Firefox manifest', () => {
  it('carries the add-on id and data-collection declaration stores require', () => {
    const gecko = (manifestOf('.output/firefox-mv3').browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toMatch(/@/);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
