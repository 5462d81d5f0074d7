import { useState } from 'preact/hooks';
import { deleteUserHighlight } from '@/utils/db/delete-user-highlight';
import { listUserHighlights } from '@/utils/db/list-user-highlights';
import { db } from '@/utils/db/trich-bao-db';
import { useLiveQuery } from '@/utils/db/use-live-query';
import { highlightExact } from '@/utils/db/user-highlight';
import { describeError } from '@/utils/describe-error';
import { formatDate } from '@/utils/format-date';
import { t, type UiLang } from '@/utils/i18n';

/** Props of {@link UserHighlightList}. */
export interface UserHighlightListProps {
  /** Canonical URL of the page (`Clipping.canonicalUrl`). */
  pageKey: string;
  lang: UiLang;
  /** Show how to make a highlight when there is none (the popup); otherwise render nothing. */
  emptyHint?: boolean;
}

const QUOTE_STYLE = { margin: '0 0 2px', paddingLeft: '8px', borderLeft: '3px solid rgba(52, 199, 89, 0.9)', whiteSpace: 'pre-wrap' } as const;
const ORPHAN_STYLE = { color: '#b91c1c', fontSize: '12px', fontWeight: 600 } as const;

/**
 * The reader's highlights of one page with their notes, in the order they were made. Those the
 * last visit could not place are marked as orphans with their quote and note: never hidden.
 */
export function UserHighlightList({ pageKey, lang, emptyHint = false }: UserHighlightListProps) {
  const { value: highlights, error } = useLiveQuery(() => listUserHighlights(db, pageKey), [pageKey]);
  const [failure, setFailure] = useState<string | null>(null);
  if (error !== null) return <p class="error">{describeError(error, lang)}</p>;
  if (!highlights || (highlights.length === 0 && !emptyHint)) return null;

  const remove = (id: number) => deleteUserHighlight(db, id).then(() => setFailure(null), (e: unknown) => setFailure(describeError(e, lang)));

  return (
    <section class="entities user-highlights" data-testid="user-highlights">
      <h3>{t('userHighlights', lang)}</h3>
      {highlights.length === 0 && <p class="muted">{t('noUserHighlights', lang)}</p>}
      <ul>
        {highlights.map((h) => (
          <li key={h.id} class="user-highlight" data-testid={h.orphan ? 'user-highlight-orphan' : 'user-highlight'} style={{ margin: '6px 0' }}>
            {/* Page text, rendered as text only. */}
            <blockquote style={QUOTE_STYLE}>{highlightExact(h)}</blockquote>
            {h.note !== '' && (
              <div>
                <strong>{t('note', lang)}:</strong> {h.note}
              </div>
            )}
            {h.orphan && (
              <div style={ORPHAN_STYLE} title={t('orphanHelp', lang)}>
                ⚠ {t('orphan', lang)} — <span class="muted" style={{ fontWeight: 400 }}>{t('orphanHelp', lang)}</span>
              </div>
            )}
            <div class="muted">
              {formatDate(h.createdAt, lang)}{' '}
              <button type="button" class="link danger" onClick={() => void remove(h.id!)} aria-label={t('deleteHighlight', lang)}>
                {t('delete', lang)}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {failure && <p class="error">{failure}</p>}
    </section>
  );
}
