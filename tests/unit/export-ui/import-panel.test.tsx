// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ImportPanel } from '../../../components/library/ImportPanel';
import { listClippings } from '../../../utils/db/list-clippings';
import { saveClipping } from '../../../utils/db/save-clipping';
import { StorageError } from '../../../utils/db/storage-error';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { clippingsToJson } from '../../../utils/export/clippings-to-json';
import { freshDb, sampleClipping } from '../db/sample-clipping';

let db: TrichBaoDb;
let root: HTMLElement;
afterEach(() => {
  vi.restoreAllMocks();
  if (root) render(null, root);
  db?.close();
});

/** A backup of `n` clippings made in another library. */
async function backup(n: number): Promise<{ clippings: Array<Record<string, unknown>> }> {
  const source = freshDb();
  for (let i = 0; i < n; i++) await saveClipping(source, sampleClipping({ canonicalUrl: `https://b.example/${i}`, title: `Bài nhập ${i}` }), 10 + i);
  const json = JSON.parse(clippingsToJson(await listClippings(source, { limit: n }), 100)) as { clippings: Array<Record<string, unknown>> };
  source.close();
  return json;
}

/** Renders the panel on `db` and chooses a file holding `text`, as the file input would. */
function chooseFile(lang: 'vi' | 'en', text: string): void {
  root = document.createElement('div');
  document.body.append(root);
  render(<ImportPanel lang={lang} db={db} />, root);
  const input = root.querySelector<HTMLInputElement>('[data-testid="import-file"]')!;
  const file = new File([text], 'sao-luu.json', { type: 'application/json' });
  // jsdom's File has no text(); every browser the extension runs in has.
  Object.defineProperty(file, 'text', { value: () => Promise.resolve(text) });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

const byTestId = (id: string) => root.querySelector(`[data-testid="${id}"]`);

describe('components/library/ImportPanel', () => {
  it('shows what the file would do, imports it on confirmation and reports the counts', async () => {
    db = freshDb();
    chooseFile('vi', JSON.stringify(await backup(2)));
    await vi.waitFor(() => expect(byTestId('plan-added')?.textContent).toBe('thêm 2 bài mới'));
    expect(await db.clippings.count()).toBe(0);
    (byTestId('import-confirm') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(byTestId('import-result')?.textContent).toBe('Đã nhập xong: 2 bài mới, 0 bài cập nhật, 0 bài giữ nguyên.'));
    expect(await db.clippings.count()).toBe(2);
  });

  it.each([
    ['vi', /^Bản ghi 2: /],
    ['en', /^Record 2: /],
  ] as const)('lists a corrupt record\'s problem in plain words (%s) and offers no import', async (lang, start) => {
    db = freshDb();
    const file = await backup(2);
    file.clippings[1]!.officials = 'không phải danh sách';
    chooseFile(lang, JSON.stringify(file));
    await vi.waitFor(() => expect(byTestId('import-problems')).not.toBeNull());
    const items = [...byTestId('import-problems')!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toEqual([expect.stringMatching(start)]);
    expect(byTestId('import-confirm')).toBeNull();
  });

  it('shows the first 50 problems of a badly damaged file and counts the rest', async () => {
    db = freshDb();
    const file = await backup(1);
    file.clippings = Array.from({ length: 60 }, () => ({ ...file.clippings[0]!, title: 7 }));
    chooseFile('en', JSON.stringify(file));
    await vi.waitFor(() => expect(byTestId('import-problems')?.querySelectorAll('li')).toHaveLength(50));
    expect(root.textContent).toContain('… and 10 more problems.');
  });

  it('says the disk is full in the reader\'s words and keeps the library as it was', async () => {
    db = freshDb();
    await saveClipping(db, sampleClipping({ title: 'Bài đã có' }), 1);
    chooseFile('vi', JSON.stringify(await backup(3)));
    await vi.waitFor(() => expect(byTestId('import-confirm')).not.toBeNull());
    // The import writes rows in bulk: the write of its rows fails as on a full disk.
    vi.spyOn(db.clippings, 'bulkPut').mockImplementation(() => Promise.reject(new DOMException('full', 'QuotaExceededError')) as never);
    (byTestId('import-confirm') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(byTestId('import-error')?.textContent).toBe(new StorageError('quota').messageVi));
    vi.restoreAllMocks();
    expect((await listClippings(db)).map((c) => c.title)).toEqual(['Bài đã có']);
  });
});
