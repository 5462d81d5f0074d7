import type { ClippingSummary } from '@/utils/db/clipping';
import { formatDate } from '@/utils/format-date';
import type { UiLang } from '@/utils/i18n';
import { libraryHref } from './library-route';
import { lt } from './library-strings';

/** Props of {@link ClippingRow}. */
export interface ClippingRowProps {
  clipping: ClippingSummary;
  lang: UiLang;
}

/** One clipping in a list: title (opens it), site, dates, tags and the people it names. */
export function ClippingRow({ clipping: c, lang }: ClippingRowProps) {
  const people = c.officials.slice(0, 4).map((o) => o.name).join(', ');
  return (
    <li class="row" data-testid="clipping-row">
      <a class="row__title" href={libraryHref({ view: 'clipping', id: c.id! })}>{c.title}</a>
      <div class="muted">
        {c.site}
        {c.published ? ` · ${lt('publishedOn', lang)} ${formatDate(c.published, lang)}` : ''}
        {` · ${lt('clippedOn', lang)} ${formatDate(c.clippedAt, lang)}`}
      </div>
      {(people || c.tags.length > 0) && (
        <div class="row__meta">
          {c.tags.map((tag) => <span key={tag} class="tag">{tag}</span>)}
          {people && <span class="muted"> {people}</span>}
        </div>
      )}
    </li>
  );
}
