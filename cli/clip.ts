/**
 * Clipping CLI: runs the extension's own article detection, metadata, recognizer and Markdown on saved
 * HTML pages. `npm run -s clip -- [--url URL] [--format md|json] FILE...`; with no file, clips the bundled sample.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { JSDOM } from 'jsdom';
import { scanArticle } from '../utils/page/scan-article';
import { articleDetails } from '../utils/article/article-details';
import { clippingToMarkdown } from '../utils/export/clipping-to-markdown';
import { extractCanonicalUrl } from '../utils/article/extract-canonical-url';
import { readMeta } from '../utils/article/read-meta';

const HELP = `Usage: npm run -s clip -- [--url URL] [--format md|json] FILE...

  --url URL        the address the pages were saved from (resolves links, fallback canonical URL);
                   default: the page's canonical URL, else the file's own file:// URL
  --format md      (default) the Markdown clipping: YAML front matter, article, officials and documents
  --format json    one JSON line per file: {"file","isArticle","title","author","published","site","lang",
                   "canonicalUrl","officials":[{name,titles,count}],"documents":[{surface,type,number,symbol,year,date,count}],"markdown"}
  FILE...          saved HTML pages; none: the bundled sample article (cli/sample-article.html)
Unreadable files are reported on stderr; the others are still clipped, and the exit code is 1.`;

interface Options {
  url: string | null;
  format: 'md' | 'json';
  files: string[];
}

function parseArgs(argv: string[]): Options {
  const options: Options = { url: null, format: 'md', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      console.log(HELP);
      process.exit(0);
    } else if (arg === '--url') {
      options.url = argv[++i] ?? null;
      if (!options.url) throw new Error('--url needs a value');
    } else if (arg === '--format') {
      const format = argv[++i];
      if (format !== 'md' && format !== 'json') throw new Error(`--format must be md or json, not ${JSON.stringify(format)}`);
      options.format = format;
    } else if (arg.startsWith('--')) {
      throw new Error(`unknown option ${arg}`);
    } else {
      options.files.push(arg);
    }
  }
  if (options.files.length === 0) options.files.push(join(dirname(fileURLToPath(import.meta.url)), 'sample-article.html'));
  return options;
}

function readPage(file: string): string {
  if (!statSync(file).isFile()) throw new Error('not a file');
  const html = readFileSync(file, 'utf8');
  if (html.trim() === '') throw new Error('empty file');
  return html;
}

/** Clips one page and renders it in the requested format. */
function clip(file: string, html: string, givenUrl: string | null, format: Options['format']): string {
  const fileUrl = pathToFileURL(resolve(file)).href;
  const doc = new JSDOM(html, { url: givenUrl ?? fileUrl }).window.document;
  // A saved page's relative links belong to the site it came from: without --url, its canonical address stands in.
  const canonical = givenUrl ? null : extractCanonicalUrl(doc, readMeta(doc), fileUrl);
  const url = givenUrl ?? (canonical?.startsWith('http') ? canonical : fileUrl);
  // The extension's own path: the content script's scan, then the popup's extraction.
  const scan = scanArticle(doc, url);
  if (!scan) console.error(`${file}: not detected as an article: no highlights, no body`);
  const { metadata, markdown } = articleDetails(doc, url, scan !== null);
  const { officials, documents } = scan?.recognition ?? { officials: [], documents: [] };
  if (format === 'md') {
    return clippingToMarkdown({ ...metadata, markdown, officials, documents, clippedAt: new Date().toISOString() }).trimEnd();
  }
  return JSON.stringify({
    file,
    isArticle: scan !== null,
    title: metadata.title,
    author: metadata.author,
    published: metadata.published,
    site: metadata.site,
    lang: metadata.lang,
    canonicalUrl: metadata.canonicalUrl,
    officials: officials.map((o) => ({ name: o.name, titles: o.titles, count: o.mentions.length })),
    documents: documents.map((d) => ({ surface: d.surface, type: d.type, number: d.number, symbol: d.symbol, year: d.year, date: d.date, count: d.mentions.length })),
    markdown,
  });
}

function main(): void {
  let options: Options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`clip: ${(error as Error).message}\n\n${HELP}`);
    process.exit(2);
  }
  let failed = false;
  const outputs: string[] = [];
  for (const file of options.files) {
    try {
      const html = readPage(file);
      outputs.push(clip(file, html, options.url, options.format));
    } catch (error) {
      failed = true;
      const err = error as NodeJS.ErrnoException;
      console.error(`clip: ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    }
  }
  // Markdown clippings are separated by a blank line; JSON is one line per file.
  if (outputs.length) console.log(outputs.join(options.format === 'md' ? '\n\n' : '\n'));
  process.exit(failed ? 1 : 0);
}

main();
