// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { CopyMarkdownButton } from '../../../components/library/CopyMarkdownButton';
import { addUserHighlight } from '../../../utils/db/add-user-highlight';
import type { Clipping } from '../../../utils/db/clipping';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { freshDb, sampleClipping } from '../db/sample-clipping';

const clipping: Clipping = { ...sampleClipping({ title: 'Cầu treo "mới" # khánh thành' }), id: 4, entityKeys: [], note: '', tags: ['cầu'], clippedAt: 0, updatedAt: 0 };
let root: HTMLElement;
let db: TrichBaoDb;
afterEach(() => {
  if (root) render(null, root);
  db?.close();
});

async function clickCopy(writeText: (text: string) => Promise<void>, lang: 'vi' | 'en', withHighlight = false): Promise<string> {
  db = freshDb();
  if (withHighlight) {
    const exact = 'Tỉnh ủy';
    await addUserHighlight(db, {
      pageKey: clipping.canonicalUrl, url: clipping.url, scope: 'article', note: 'ai chủ trì?',
      target: { selectors: [{ type: 'TextPositionSelector', start: 11, end: 18 }, { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }] },
    });
  }
  root = document.createElement('div');
  document.body.append(root);
  render(<CopyMarkdownButton clipping={clipping} lang={lang} writeText={writeText} db={db} />, root);
  root.querySelector<HTMLButtonElement>('[data-testid="copy-markdown"]')!.click();
  // The click reads the highlights first, then writes and shows the outcome.
  return vi.waitFor(() => {
    const status = root.querySelector('[data-testid="copy-status"]')?.textContent;
    if (!status) throw new Error('no status yet');
    return status;
  });
}

describe('components/library/CopyMarkdownButton', () => {
  it('copies the clipping as a Markdown file with front matter and says so', async () => {
    const copied: string[] = [];
    const status = await clickCopy(async (text) => void copied.push(text), 'vi');
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^---\ntitle: "Cầu treo \\"mới\\" # khánh thành"\n/);
    expect(status).toContain('Đã chép');
  });

  it('copies the reader\'s highlights with their notes', async () => {
    const copied: string[] = [];
    await clickCopy(async (text) => void copied.push(text), 'vi', true);
    expect(copied[0]).toContain('ai chủ trì?');
  });

  it.each([
    ['vi', 'Không chép được vào bộ nhớ tạm: Document is not focused.'],
    ['en', 'Could not copy to the clipboard: Document is not focused.'],
  ] as const)('reports a refused clipboard in %s', async (lang, message) => {
    const status = await clickCopy(() => Promise.reject(new Error('Document is not focused.')), lang);
    expect(status.trim()).toBe(message);
  });
});
