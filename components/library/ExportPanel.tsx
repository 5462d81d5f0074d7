import { useRef, useState } from 'preact/hooks';
import type { LibraryFilter, LibrarySort } from '@/utils/db/library-query';
import { listBackupHighlights } from '@/utils/db/list-backup-highlights';
import { countClippings } from '@/utils/db/list-clippings';
import { queryLibrary } from '@/utils/db/query-library';
import { db } from '@/utils/db/trich-bao-db';
import { useLiveQuery } from '@/utils/db/use-live-query';
import { describeError } from '@/utils/describe-error';
import { downloadBlob } from '@/utils/download-blob';
import type { ExportLang } from '@/utils/export/export-lang';
import type { UiLang } from '@/utils/i18n';
import { yieldToPage } from '@/utils/page/yield-to-page';
import { attachUserHighlights } from './attach-user-highlights';
import { buildExport, EXPORT_KINDS, type ExportKind, exportShowsHighlights } from './build-export';
import { type LibraryStringKey, lt, ltf } from './library-strings';
import { loadExportSelection } from './load-export-selection';

/** Props of {@link ExportPanel}. */
export interface ExportPanelProps {
  lang: UiLang;
  /** What the library list shows now: the "current selection". */
  selection: { search: string; sort: LibrarySort; filter: LibraryFilter };
}

const LABEL: Record<ExportKind, LibraryStringKey> = {
  markdown: 'exportMarkdown',
  zip: 'exportZip',
  json: 'exportJson',
  csv: 'exportCsv',
  'entities-csv': 'exportEntitiesCsv',
};

const HEADING_LANGS: ReadonlyArray<[ExportLang, LibraryStringKey]> = [['both', 'headingBoth'], ['vi', 'headingVi'], ['en', 'headingEn']];

/** Exports all clippings or the list's current selection as Markdown, a zip, a JSON backup or CSV. */
export function ExportPanel({ lang, selection }: ExportPanelProps) {
  const filtered = selection.search.trim() !== '' || Object.values(selection.filter).some((v) => v !== undefined);
  const [scope, setScope] = useState<'all' | 'selection'>(filtered ? 'selection' : 'all');
  const [wikiLinks, setWikiLinks] = useState(false);
  const [headingLang, setHeadingLang] = useState<ExportLang>('both');
  const [busy, setBusy] = useState<{ kind: ExportKind; done: number; total: number } | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const controller = useRef<AbortController | null>(null);
  const { value: counts } = useLiveQuery(
    async () => ({ all: await countClippings(db), selection: (await queryLibrary(db, { ...selection, limit: 1 })).total }),
    [JSON.stringify(selection)],
  );

  const run = async (kind: ExportKind) => {
    const abort = new AbortController();
    controller.current = abort;
    setBusy({ kind, done: 0, total: 0 });
    setStatus(null);
    try {
      const rows = await loadExportSelection(db, scope === 'all' ? { kind: 'all' } : { kind: 'selection', ...selection });
      const clippings = exportShowsHighlights(kind) ? await attachUserHighlights(db, rows) : rows;
      // The backup keeps every highlight of "all" (pages never clipped too), else those of the pages exported.
      const userHighlights = kind === 'json' ? await listBackupHighlights(db, scope === 'all' ? undefined : rows.map((c) => c.canonicalUrl)) : [];
      if (clippings.length === 0) {
        setStatus({ ok: false, text: lt('nothingToExport', lang) });
        return;
      }
      await yieldToPage(); // paint the busy state before the string exports' one long pass
      const file = await buildExport(kind, clippings, {
        wikiLinks, lang: headingLang, signal: abort.signal, yieldToPage, userHighlights,
        onProgress: (done, total) => setBusy({ kind, done, total }),
      });
      abort.signal.throwIfAborted();
      await downloadBlob(file.filename, file.blob);
      setStatus({ ok: true, text: `${ltf('exportDone', lang, { n: clippings.length })} ${file.filename}` });
    } catch (error) {
      setStatus({ ok: false, text: abort.signal.aborted ? lt('exportCancelled', lang) : describeError(error, lang) });
    } finally {
      controller.current = null;
      setBusy(null);
    }
  };

  return (
    <section class="transfer" data-testid="export-panel">
      <h2>{lt('exportTitle', lang)}</h2>
      <fieldset class="transfer__options" disabled={busy !== null}>
        <label>
          <input type="radio" name="scope" checked={scope === 'all'} onChange={() => setScope('all')} data-testid="scope-all" />
          {lt('scopeAll', lang)} {counts && <span class="count">({counts.all})</span>}
        </label>
        <label>
          <input type="radio" name="scope" checked={scope === 'selection'} onChange={() => setScope('selection')} data-testid="scope-selection" />
          {lt('scopeSelection', lang)} {counts && <span class="count">({counts.selection})</span>}
        </label>
        <label>
          <input type="checkbox" checked={wikiLinks} onChange={(e) => setWikiLinks(e.currentTarget.checked)} data-testid="wiki-links" />
          {lt('wikiLinks', lang)}
        </label>
        <label>
          {lt('headingLang', lang)}{' '}
          <select value={headingLang} onChange={(e) => setHeadingLang(e.currentTarget.value as ExportLang)}>
            {HEADING_LANGS.map(([value, key]) => <option key={value} value={value}>{lt(key, lang)}</option>)}
          </select>
        </label>
      </fieldset>
      <div class="transfer__buttons">
        {EXPORT_KINDS.map((kind) => (
          <button key={kind} type="button" disabled={busy !== null} onClick={() => run(kind)} data-testid={`export-${kind}`}>
            {lt(LABEL[kind], lang)}
          </button>
        ))}
      </div>
      {busy?.kind === 'zip' && (
        <div class="transfer__progress" role="status">
          {lt('exportBuilding', lang)}{' '}
          <progress value={busy.done} max={Math.max(1, busy.total)} data-testid="export-progress" />{' '}
          {busy.total > 0 && <span class="count">{busy.done} / {busy.total}</span>}{' '}
          <button type="button" onClick={() => controller.current?.abort()} data-testid="export-cancel">{lt('cancel', lang)}</button>
        </div>
      )}
      {status && <p role="status" class={status.ok ? 'ok' : 'error'} data-testid="export-status">{status.text}</p>}
    </section>
  );
}
