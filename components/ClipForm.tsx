import { useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleSnapshot } from '@/utils/article-snapshot';
import { db } from '@/utils/db/trich-bao-db';
import { getClippingByCanonicalUrl } from '@/utils/db/get-clipping';
import { saveClipping } from '@/utils/db/save-clipping';
import { useLiveQuery } from '@/utils/db/use-live-query';
import { describeError } from '@/utils/describe-error';
import { formatDate } from '@/utils/format-date';
import { snapshotToClipping } from '@/utils/popup/snapshot-to-clipping';
import { t, type UiLang } from '@/utils/i18n';

/** Props of {@link ClipForm}. */
export interface ClipFormProps {
  snapshot: ArticleSnapshot;
  lang: UiLang;
}

/**
 * Note and tags fields and the Clip button; saving again updates the same clipping. An article
 * clipped before (here, from its card, or by "Highlight & clip") opens with its note and tags
 * filled in, so updating it never wipes them.
 */
export function ClipForm({ snapshot, lang }: ClipFormProps) {
  const [note, setNote] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const canonical = snapshot.metadata.canonicalUrl;
  const { value: existing } = useLiveQuery(() => getClippingByCanonicalUrl(db, canonical), [canonical]);
  // Filled once per stored clipping, and never over what the reader has typed.
  const filledFrom = useRef<number | null>(null);
  const typed = useRef(false);
  useEffect(() => {
    if (!existing?.id || filledFrom.current === existing.id || typed.current) return;
    filledFrom.current = existing.id;
    setNote(existing.note);
    setTags(existing.tags.join(', '));
  }, [existing]);

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
        <textarea rows={2} value={note} onInput={(e) => ((typed.current = true), setNote(e.currentTarget.value))} data-testid="note" />
      </label>
      <label>
        {t('tags', lang)}
        <input value={tags} onInput={(e) => ((typed.current = true), setTags(e.currentTarget.value))} data-testid="tags" />
      </label>
      {existing && (
        <p class="muted" data-testid="clipped-on">
          {t('clippedOn', lang)} {formatDate(existing.clippedAt, lang)}
        </p>
      )}
      <button type="submit" disabled={busy} data-testid="clip">
        {t(existing ? 'reclip' : 'clip', lang)}
      </button>
      {status && (
        <p role="status" class={status.ok ? 'ok' : 'error'} data-testid="clip-status">
          {status.text}
        </p>
      )}
    </form>
  );
}
