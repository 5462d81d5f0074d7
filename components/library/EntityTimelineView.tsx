import { useEffect, useState } from 'preact/hooks';
import { entityTimeline } from '@/utils/db/entity-timeline';
import type { ClippingSummary } from '@/utils/db/clipping';
import { db } from '@/utils/db/trich-bao-db';
import { useLiveQuery } from '@/utils/db/use-live-query';
import { describeError } from '@/utils/describe-error';
import type { UiLang } from '@/utils/i18n';
import { ClippingRow } from './ClippingRow';
import { lt } from './library-strings';
import { Pager } from './Pager';

/** Props of {@link EntityTimelineView}. */
export interface EntityTimelineViewProps {
  entityKey: string;
  lang: UiLang;
  /** Shows the library list filtered by this entity. */
  onFilter: (key: string) => void;
}

/** Groups rows (already newest first) by publication month; undated ones under their own heading. */
function byMonth(rows: ClippingSummary[], lang: UiLang): [string, ClippingSummary[]][] {
  const groups = new Map<string, ClippingSummary[]>();
  const format = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  for (const row of rows) {
    const label = row.publishedAt > 0 ? format.format(row.publishedAt) : lt('undated', lang);
    groups.set(label, [...(groups.get(label) ?? []), row]);
  }
  return [...groups];
}

/** One page of a timeline: the size `npm run bench:db` measures against the 5 ms target. */
const LIMIT = 50;

/** One official or document: its spellings and the clippings that mention it, on a timeline by publication date. */
export function EntityTimelineView({ entityKey, lang, onFilter }: EntityTimelineViewProps) {
  const [page, setPage] = useState(0);
  useEffect(() => setPage(0), [entityKey]);
  const { value, error } = useLiveQuery(() => entityTimeline(db, entityKey, { limit: LIMIT, offset: page * LIMIT }), [entityKey, page]);
  if (error !== null) return <p class="error">{describeError(error, lang)}</p>;
  if (!value) return <p class="muted">{lt('loading', lang)}</p>;
  const { entry, total, rows } = value;
  return (
    <section class="timeline" data-testid="entity-timeline">
      <h2 data-testid="entity-name">{entry?.name ?? entityKey}</h2>
      {entry?.detail && <p class="entity__detail">{entry.detail}</p>}
      {entry && entry.aliases.length > 0 && <p class="muted">{lt('alsoWritten', lang)}: {entry.aliases.join(', ')}</p>}
      <p class="muted">
        {total} {lt('clippingsCount', lang)} ·{' '}
        <button type="button" class="link" onClick={() => onFilter(entityKey)}>{lt('showInLibrary', lang)}</button>
      </p>
      {byMonth(rows, lang).map(([month, items]) => (
        <div key={month} class="timeline__month">
          <h3>{month}</h3>
          <ul class="rows">{items.map((c) => <ClippingRow key={c.id} clipping={c} lang={lang} />)}</ul>
        </div>
      ))}
      <Pager total={total} pageSize={LIMIT} page={page} onPage={setPage} lang={lang} />
    </section>
  );
}
