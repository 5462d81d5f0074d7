// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { CopyMarkdownButton } from '../../../components/library/CopyMarkdownButton';
import type { Clipping } from '../../../utils/db/clipping';
import { sampleClipping } from '../db/sample-clipping';

const clipping: Clipping = { ...sampleClipping({ title: 'Cầu treo "mới" # khánh thành' }), id: 4, entityKeys: [], note: '', tags: ['cầu'], clippedAt: 0, updatedAt: 0 };
let root: HTMLElement;
afterEach(() => root && render(null, root));

async function clickCopy(writeText: (text: string) => Promise<void>, lang: 'vi' | 'en'): Promise<string> {
  root = document.createElement('div');
  document.body.append(root);
  render(<CopyMarkdownButton clipping={clipping} lang={lang} writeText={writeText} />, root);
  await act(async () => {
    root.querySelector<HTMLButtonElement>('[data-testid="copy-markdown"]')!.click();
  });
  return root.querySelector('[data-testid="copy-status"]')?.textContent ?? '';
}

describe('components/library/CopyMarkdownButton', () => {
  it('copies the clipping as a Markdown file with front matter and says so', async () => {
    const copied: string[] = [];
    const status = await clickCopy(async (text) => void copied.push(text), 'vi');
    expect(copied).toHaveLength(1);
    expect(copied[0]).toMatch(/^---\ntitle: "Cầu treo \\"mới\\" # khánh thành"\n/);
    expect(status).toContain('Đã chép');
  });

  it.each([
    ['vi', 'Không chép được vào bộ nhớ tạm: Document is not focused.'],
    ['en', 'Could not copy to the clipboard: Document is not focused.'],
  ] as const)('reports a refused clipboard in %s', async (lang, message) => {
    const status = await clickCopy(() => Promise.reject(new Error('Document is not focused.')), lang);
    expect(status.trim()).toBe(message);
  });
});
