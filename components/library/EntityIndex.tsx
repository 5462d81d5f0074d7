import { useState } from 'preact/hooks';
import type { EntityEntry } from '@/utils/db/entity-entry';
import { listEntities } from '@/utils/db/list-entities';
import { db } from '@/utils/db/trich-bao-db';
import { useLiveQuery } from '@/utils/db/use-live-query';
import { describeError } from '@/utils/describe-error';
import type { UiLang } from '@/utils/i18n';
import { libraryHref } from './library-route';
import { lt } from './library-strings';
import { Pager } from './Pager';

/** Props of {@link EntityIndex}. */
export interface EntityIndexProps {
  lang: UiLang;
}

const PAGE = 100;

function EntityColumn({ kind, search, lang }: { kind: EntityEntry['kind']; search: string; lang: UiLang }) {
  const [page, setPage] = useState(0);
  const { value, error } = useLiveQuery(() => listEntities(db, { kind, search, limit: PAGE, offset: page * PAGE }), [kind, search, page]);
  return (
    <section class={`entity-column entity-column--${kind}`}>
      <h2>
        {lt(kind === 'official' ? 'officials' : 'documents', lang)} {value && <span class="count">({value.total})</span>}
      </h2>
      {error !== null && <p class="error">{describeError(error, lang)}</p>}
      <ul data-testid={`index-${kind}s`}>
        {value?.rows.map((e) => (
          <li key={e.key} class={`entity entity--${kind}`}>
            <a href={libraryHref({ view: 'entity', key: e.key })}>{e.name}</a> <span class="count">{e.count}</span>
            {e.detail && <div class="entity__detail">{e.detail}</div>}
          </li>
        ))}
      </ul>
      {value && <Pager total={value.total} pageSize={PAGE} page={page} onPage={setPage} lang={lang} />}
    </section>
  );
}

/** All officials and documents across the clippings, most clipped first, each opening its timeline. */
export function EntityIndex({ lang }: EntityIndexProps) {
  const [search, setSearch] = useState('');
  return (
    <section class="entity-index">
      <input
        type="search" class="filters__search" placeholder={lt('filterIndex', lang)} aria-label={lt('filterIndex', lang)}
        value={search} onInput={(e) => setSearch(e.currentTarget.value)} data-testid="index-search"
      />
      <div class="entity-index__columns">
        <EntityColumn kind="official" search={search} lang={lang} />
        <EntityColumn kind="document" search={search} lang={lang} />
      </div>
    </section>
  );
}
