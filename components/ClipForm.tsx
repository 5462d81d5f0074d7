import { useState } from 'preact/hooks';
import type { ArticleSnapshot } from '@/utils/article-snapshot';
import { db } from '@/utils/db/trich-bao-db';
import { saveClipping } from '@/utils/db/save-clipping';
import { describeError } from '@/utils/describe-error';
import { snapshotToClipping } from '@/utils/popup/snapshot-to-clipping';
import { t, type UiLang } from '@/utils/i18n';

/** Props of {@link ClipForm}. */
export interface ClipFormProps {
  snapshot: ArticleSnapshot;
  lang: UiLang;
}

/** Note and tags fields and the Clip button; saving again updates the same clipping. */
export function ClipForm({ snapshot, lang }: ClipFormProps) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const clip = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    try {
      await saveClipping(db, snapshotToClipping(snapshot, note, tags));
      setStatus({ ok: true, text: t('clipped', lang) });
    } catch (error) {
      setStatus({ ok: false, text: describeError(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="clip-form" onSubmit={clip}>
      <label>
        {t('note', lang)}
        <textarea rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} data-testid="note" />
      </label>
      <label>
        {t('tags', lang)}
        <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} data-testid="tags" />
      </label>
      <button type="submit" disabled={busy} data-testid="clip">
        {t('clip', lang)}
      </button>
      {status && (
        <p role="status" class={status.ok ? 'ok' : 'error'} data-testid="clip-status">
          {status.text}
        </p>
      )}
    </form>
  );
}
