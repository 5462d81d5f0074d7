import { useState } from 'preact/hooks';
import type { Clipping } from '@/utils/db/clipping';
import { importClippings, type ImportResult } from '@/utils/db/import-clippings';
import { db as defaultDb, type TrichBaoDb } from '@/utils/db/trich-bao-db';
import type { UserHighlight } from '@/utils/db/user-highlight';
import { describeError } from '@/utils/describe-error';
import type { BackupProblem } from '@/utils/export/read-clippings-backup';
import type { UiLang } from '@/utils/i18n';
import { lt, ltf } from './library-strings';
import { planImport } from './plan-import';

/** Props of {@link ImportPanel}. */
export interface ImportPanelProps {
  lang: UiLang;
  /** The library's database; tests hand in their own. */
  db?: TrichBaoDb;
}

type ImportState =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'importing'; done: number; total: number }
  | { step: 'problems'; problems: BackupProblem[] }
  | { step: 'ready'; name: string; clippings: Clipping[]; userHighlights: UserHighlight[]; counts: ImportResult }
  | { step: 'done'; result: ImportResult }
  | { step: 'error'; text: string };

// A damaged file of thousands of records can hold tens of thousands of problems; the first ones say enough.
const SHOWN_PROBLEMS = 50;

/** Chooses a JSON backup, lists its problems or what importing it would do, then imports it on confirmation. */
export function ImportPanel({ lang, db = defaultDb }: ImportPanelProps) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // choosing the same file again (after fixing it) must read it again
    if (!file) return;
    setState({ step: 'reading' });
    try {
      const plan = await planImport(db, await file.text());
      setState(plan.ok
        ? { step: 'ready', name: file.name, clippings: plan.clippings, userHighlights: plan.userHighlights, counts: plan.counts }
        : { step: 'problems', problems: plan.problems });
    } catch (error) {
      setState({ step: 'error', text: describeError(error, lang) });
    }
  };

  const confirm = async (clippings: Clipping[], userHighlights: UserHighlight[]) => {
    setState({ step: 'importing', done: 0, total: 0 });
    try {
      const onProgress = (done: number, total: number) => setState({ step: 'importing', done, total });
      setState({ step: 'done', result: await importClippings(db, clippings, { userHighlights, onProgress }) });
    } catch (error) {
      // One transaction: a full disk or any other failure leaves the library as it was.
      setState({ step: 'error', text: describeError(error, lang) });
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
          <button type="button" onClick={() => confirm(state.clippings, state.userHighlights)} data-testid="import-confirm">{lt('importButton', lang)}</button>{' '}
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
