import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { db } from '@/utils/db/trich-bao-db';
import { countClippings, listClippings } from '@/utils/db/list-clippings';
import { deleteClipping } from '@/utils/db/delete-clipping';
import { describeError } from '@/utils/describe-error';
import { useLiveQuery } from '@/utils/db/use-live-query';
import type { Clipping } from '@/utils/db/clipping';
import { clippingToMarkdown } from '@/utils/export/clipping-to-markdown';
import { markdownFileName } from '@/utils/export/markdown-file-name';
import { downloadBlob } from '@/utils/download-blob';
import { downloadText } from '@/utils/download-text';
import { formatDate } from '@/utils/format-date';
import { t, type UiLang } from '@/utils/i18n';
import { attachUserHighlights } from './library/attach-user-highlights';
import { buildExport } from './library/build-export';
import { lt } from './library/library-strings';
import { loadExportSelection } from './library/load-export-selection';

/** Props of {@link ClippingList}. */
export interface ClippingListProps {
  lang: UiLang;
}

/** Saved clippings, newest first, each with export and delete; and "export all". */
export function ClippingList({ lang }: ClippingListProps) {
  const { value: clippings, error } = useLiveQuery(() => listClippings(db, { limit: 50, offset: 0 }));
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const run = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      setStatus(done ? { ok: true, text: done } : null);
    } catch (e) {
      setStatus({ ok: false, text: describeError(e, lang) });
    }
  };
  const exportOne = (c: Clipping) =>
    run(async () => {
      const [withHighlights] = await attachUserHighlights(db, [c]);
      await downloadText(`trich-bao/${markdownFileName(c)}`, clippingToMarkdown(withHighlights!));
    }, t('exported', lang));
  // Every clipping, not only the page shown.
  const exportAll = () =>
    run(async () => {
      const all = await attachUserHighlights(db, await listClippings(db, { limit: await countClippings(db), offset: 0 }));
      const file = await buildExport('markdown', all);
      await downloadBlob(file.filename, file.blob);
    }, t('exported', lang));
  const exportBackup = () =>
    run(async () => {
      const file = await buildExport('json', await loadExportSelection(db, { kind: 'all' }));
      await downloadBlob(file.filename, file.blob);
    }, t('exported', lang));
  // The zip, CSV and import need room for progress and problem lists: the library tab has it.
  const openTransfer = () => void browser.tabs.create({ url: `${browser.runtime.getURL('/library.html')}#/export` });

  return (
    <section class="clippings">
      <h3>{t('saved', lang)}</h3>
      {error !== null && <p class="error">{describeError(error, lang)}</p>}
      {clippings && clippings.length === 0 && <p class="muted">{t('noClippings', lang)}</p>}
      {clippings && clippings.length > 0 && (
        <>
          <ul data-testid="clippings">
            {clippings.map((c) => (
              <li key={c.id} class="clipping">
                <div class="clipping__title">{c.title}</div>
                <div class="muted">
                  {c.site} · {formatDate(c.clippedAt, lang)}
                </div>
                <div class="clipping__actions">
                  <button type="button" onClick={() => exportOne(c)} data-testid="export-one">
                    {t('exportOne', lang)}
                  </button>
                  <button type="button" class="danger" onClick={() => run(() => deleteClipping(db, c.id!))}>
                    {t('delete', lang)}
                  </button>
                </div>
              </li>
            ))}
          </ul>
          <div class="clipping__actions">
            <button type="button" onClick={exportAll} data-testid="export-all">
              {t('exportAll', lang)}
            </button>
            <button type="button" onClick={exportBackup} data-testid="export-json">
              {lt('backupJson', lang)}
            </button>
          </div>
        </>
      )}
      <button type="button" class="link" onClick={openTransfer} data-testid="open-transfer">
        {lt('moreExports', lang)}
      </button>
      {status && (
        <p role="status" class={status.ok ? 'ok' : 'error'} data-testid="list-status">
          {status.text}
        </p>
      )}
    </section>
  );
}
