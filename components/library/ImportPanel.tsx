import { useEffect, useRef, useState } from 'preact/hooks';
import type { ImportResult } from '@/utils/db/import-clippings';
import { db as defaultDb, type TrichBaoDb } from '@/utils/db/trich-bao-db';
import { describeError } from '@/utils/describe-error';
import type { BackupProblem } from '@/utils/export/read-clippings-backup';
import type { UiLang } from '@/utils/i18n';
import { type BackupImporter, ImportFailure, inThreadImporter } from './backup-importer';
import { lt, ltf } from './library-strings';
import { workerImporter } from './worker-importer';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps {
  lang: UiLang;
  /** The library's database; tests hand in their own (read and imported on this thread then). */
  db?: TrichBaoDb;
}

/** The library's own database is read and imported in a worker; another (tests) on this thread. */
function createImporter(db: TrichBaoDb): BackupImporter {
  return db === defaultDb && typeof Worker === 'function' ? workerImporter() : inThreadImporter(db);
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'importing'; done: number; total: number }
  | { step: 'problems'; problems: BackupProblem[] }
  | { step: 'ready'; name: string; counts: ImportResult }
  | { step: 'done'; result: ImportResult }
  | { step: 'error'; text: string };

// A damaged file of thousands of records can hold tens of thousands of problems; the first ones say enough.
const SHOWN_PROBLEMS = 50;

/** Chooses a JSON backup, lists its problems or what importing it would do, then imports it on confirmation. */
export function ImportPanel({ lang, db = defaultDb }: ImportPanelProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const importer = useRef<BackupImporter | null>(null);
  useEffect(() => () => importer.current?.dispose(), []);
  const fail = (error: unknown) => setState({ step: 'error', text: error instanceof ImportFailure ? error.text[lang] : describeError(error, lang) });

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again (after fixing it) must read it again
    if (!file) return;
    setState({ step: 'reading' });
    try {
      importer.current ??= createImporter(db);
      const plan = await importer.current.plan(file);
      setState(plan.ok ? { step: 'ready', name: file.name, counts: plan.counts } : { step: 'problems', problems: plan.problems });
    } catch (error) {
      fail(error);
    }
  };

  const confirm = async () => {
    setState({ step: 'importing', done: 0, total: 0 });
    try {
      const onProgress = (done: number, total: number) => setState({ step: 'importing', done, total });
      setState({ step: 'done', result: await importer.current!.commit(onProgress) });
    } catch (error) {
      // One transaction: a full disk or any other failure leaves the library as it was.
      fail(error);
    }
  };

  const busy = state.step === 'reading' || state.step === 'importing';
  return (
    <section class="transfer" data-testid="import-panel">
      <h2>{lt('importTitle', lang)}</h2>
      <p class="muted">{lt('importHelp', lang)}</p>
      <label class="transfer__file">
        {lt('importChoose', lang)}{' '}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => choose(e.currentTarget)} data-testid="import-file" />
      </label>
      {state.step === 'reading' && <p class="muted">{lt('importReading', lang)}</p>}
      {state.step === 'importing' && (
        <p class="muted">
          {lt('importing', lang)} {state.total > 0 && <span class="count" data-testid="import-progress">{state.done} / {state.total}</span>}
        </p>
      )}
      {state.step === 'problems' && (
        <div role="alert" class="error">
          <p>{lt('importProblems', lang)}</p>
          <ul data-testid="import-problems">
            {state.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => <li key={i}>{p[lang]}</li>)}
          </ul>
          {state.problems.length > SHOWN_PROBLEMS && <p>{ltf('importMoreProblems', lang, { n: state.problems.length - SHOWN_PROBLEMS })}</p>}
        </div>
      )}
      {state.step === 'ready' && (
        <div data-testid="import-plan">
          <p>
            <strong>{state.name}</strong> — {lt('importPlan', lang)}
          </p>
          <ul>
            <li data-testid="plan-added">{ltf('importAdded', lang, { n: state.counts.added })}</li>
            <li data-testid="plan-updated">{ltf('importUpdated', lang, { n: state.counts.updated })}</li>
            <li data-testid="plan-skipped">{ltf('importSkipped', lang, { n: state.counts.skipped })}</li>
            {state.counts.highlights && (
              <li data-testid="plan-highlights">{ltf('importHighlights', lang, { ...state.counts.highlights })}</li>
            )}
          </ul>
          <button type="button" onClick={() => void confirm()} data-testid="import-confirm">{lt('importButton', lang)}</button>{' '}
          <button type="button" onClick={() => setState({ step: 'idle' })}>{lt('cancel', lang)}</button>
        </div>
      )}
      {state.step === 'done' && (
        <p role="status" class="ok" data-testid="import-result">{ltf('importDone', lang, { added: state.result.added, updated: state.result.updated, skipped: state.result.skipped })}
          {state.result.highlights && ` ${ltf('importHighlightsDone', lang, { ...state.result.highlights })}`}</p>
      )}
      {state.step === 'error' && <p role="alert" class="error" data-testid="import-error">{state.text}</p>}
    </section>
  );
}
