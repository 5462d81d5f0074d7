import { db } from '@/utils/db/trich-bao-db';
import type { LibraryFilter, LibrarySort } from '@/utils/db/library-query';
import { queryLibrary } from '@/utils/db/query-library';
import { useLiveQuery } from '@/utils/db/use-live-query';
import { describeError } from '@/utils/describe-error';
import type { UiLang } from '@/utils/i18n';
import { ClippingRow } from './ClippingRow';
import { LibraryFilters } from './LibraryFilters';
import { lt } from './library-strings';
import { Pager } from './Pager';

/** What the list shows; kept by the app so that coming back from a clipping restores it. */
export interface BrowserState {
  search: string;
  sort: LibrarySort;
  filter: LibraryFilter;
  page: number;
}

/** Props of {@link ClippingBrowser}. */
export interface ClippingBrowserProps {
  state: BrowserState;
  onState: (state: BrowserState) => void;
  lang: UiLang;
}

/** Rows per page: enough to scan, few enough to render at once. */
export const PAGE_SIZE = 50;

/** Every clipping, one page at a time: search, sort, filters and the result list. */
export function ClippingBrowser({ state, onState, lang }: ClippingBrowserProps) {
  const { search, sort, filter, page } = state;
  const { value, error } = useLiveQuery(
    () => queryLibrary(db, { search, sort, filter, limit: PAGE_SIZE, offset: page * PAGE_SIZE }),
    [search, sort, JSON.stringify(filter), page],
  );
  // Any change of what is asked starts again from the first page.
  const change = (patch: Partial<BrowserState>) => onState({ ...state, page: 0, ...patch });
  const filtered = search.trim() !== '' || Object.values(filter).some((v) => v !== undefined);

  return (
    <section class="browser">
      <LibraryFilters
        search={search} sort={sort} filter={filter} lang={lang}
        onSearch={(s) => change({ search: s })} onSort={(s) => change({ sort: s })} onFilter={(f) => change({ filter: f })}
      />
      {error !== null && <p class="error" role="alert">{describeError(error, lang)}</p>}
      {value === undefined && error === null && <p class="muted">{lt('loading', lang)}</p>}
      {value && (
        <>
          <p class="muted" data-testid="result-count">{value.total} {lt('results', lang)}</p>
          {value.total === 0 ? (
            <p class="muted">{lt(filtered ? 'noResults' : 'empty', lang)}</p>
          ) : (
            <ul class="rows" data-testid="results">
              {value.rows.map((c) => <ClippingRow key={c.id} clipping={c} lang={lang} />)}
            </ul>
          )}
          <Pager total={value.total} pageSize={PAGE_SIZE} page={page} onPage={(p) => onState({ ...state, page: p })} lang={lang} />
        </>
      )}
    </section>
  );
}
