/**
 * Measures article detection and metadata against saved pages with expected metadata
 * (directories holding `source.html` + `expected-metadata.json`, e.g. Readability's test pages).
 * Usage: npm run -s eval:articles -- <dir>
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { readArticle } from '../utils/article/read-article';
import { stripSiteSuffix } from '../utils/article/extract-title';

interface Expected {
  title?: string | null;
  byline?: string | null;
  lang?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  readerable?: boolean;
}

type Field = 'article' | 'title' | 'titleNoSuffix' | 'byline' | 'lang' | 'siteName' | 'publishedTime';

const fold = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
// Readability keeps "By " in its bylines; our metadata drops it.
const byline = (s: string | null | undefined): string => fold(s).replace(/^(by|bởi)\s+/i, '').toLowerCase();
const primary = (s: string | null | undefined): string => (/^[a-z]{2,3}/i.exec(fold(s))?.[0] ?? '').toLowerCase();
const instant = (s: string | null | undefined): number | string => {
  const text = fold(s).replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const t = Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
  return Number.isNaN(t) ? text : t;
};

function main(dir: string | undefined): void {
  if (!dir || !existsSync(dir)) {
    console.error('usage: npm run -s eval:articles -- <dir with */source.html and */expected-metadata.json>');
    process.exit(2);
  }
  const totals = new Map<Field, { ok: number; n: number }>();
  const misses: string[] = [];
  const score = (page: string, field: Field, ok: boolean, got: unknown, want: unknown) => {
    const t = totals.get(field) ?? { ok: 0, n: 0 };
    t.n++;
    if (ok) t.ok++;
    else misses.push(`${page}\t${field}\tgot ${JSON.stringify(got)}\twant ${JSON.stringify(want)}`);
    totals.set(field, t);
  };
  const pages = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'source.html')));
  for (const { name } of pages) {
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const want = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as Expected;
    // Readability's suite saves its pages as if served from this address.
    const url = 'http://fakehost/test/page.html';
    const { detection, metadata } = readArticle(new JSDOM(html, { url }).window.document, url);
    if (typeof want.readerable === 'boolean') score(name, 'article', detection.isArticle === want.readerable, detection.isArticle, want.readerable);
    // Fields the expected file leaves empty are not scored: our metadata always names a site and a title.
    if (fold(want.title)) {
      score(name, 'title', fold(metadata.title) === fold(want.title), metadata.title, want.title);
      // Our titles drop " - Site" suffixes by design; Readability keeps them when they come from metadata.
      const bare = stripSiteSuffix(fold(want.title), metadata.site);
      score(name, 'titleNoSuffix', fold(metadata.title) === bare, metadata.title, bare);
    }
    if (fold(want.byline)) score(name, 'byline', byline(metadata.author) === byline(want.byline), metadata.author, want.byline);
    if (fold(want.lang)) score(name, 'lang', primary(metadata.lang) === primary(want.lang), metadata.lang, want.lang);
    if (fold(want.siteName)) score(name, 'siteName', fold(metadata.site) === fold(want.siteName), metadata.site, want.siteName);
    if (fold(want.publishedTime)) score(name, 'publishedTime', instant(metadata.published) === instant(want.publishedTime), metadata.published, want.publishedTime);
  }
  console.log(`pages: ${pages.length}`);
  for (const [field, { ok, n }] of totals) console.log(`${field.padEnd(14)} ${ok}/${n}  ${((100 * ok) / n).toFixed(1)} %`);
  if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`);
}

main(process.argv[2]);
