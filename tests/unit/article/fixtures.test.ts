// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../utils/article/read-article';

interface Expected {
  url: string;
  isArticle: boolean;
  title?: string;
  author?: string | null;
  published?: string | null;
  site?: string;
  lang?: string | null;
  canonicalUrl?: string;
  rootContains?: string;
  rootExcludes?: string;
  markdownContains?: string[];
}

const dir = join(__dirname, '../../fixtures/pages');
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

describe('tests/fixtures/pages (readArticle on saved pages)', () => {
  it('has fixtures to run', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10);
  });

  it.each(pages)('%s matches its expected JSON', (name) => {
    const html = readFileSync(join(dir, `${name}.html`), 'utf8');
    const want = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as Expected;
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const got = readArticle(doc, want.url);
    expect(got.detection.isArticle, JSON.stringify(got.detection.signals)).toBe(want.isArticle);
    const { metadata } = got;
    for (const key of ['title', 'author', 'published', 'site', 'lang', 'canonicalUrl'] as const) {
      if (key in want) expect(metadata[key], key).toBe(want[key]);
    }
    expect(metadata.url).toBe(want.url);
    if (want.rootContains) {
      expect(got.root?.ownerDocument).toBe(doc);
      expect(got.text).toContain(want.rootContains);
    }
    if (want.rootExcludes) expect(got.text).not.toContain(want.rootExcludes);
    for (const snippet of want.markdownContains ?? []) expect(got.markdown).toContain(snippet);
  });
});
