import { db } from '@/utils/db/trich-bao-db';
import type { LibraryFilter, LibrarySort } from '@/utils/db/library-query';
import { listEntities } from '@/utils/db/list-entities';
import { listFacets } from '@/utils/db/query-library';
import { useLiveQuery } from '@/utils/db/use-live-query';
import type { UiLang } from '@/utils/i18n';
import { lt } from './library-strings';

/** Props of {@link LibraryFilters}. */
export interface LibraryFiltersProps {
  search: string;
  sort: LibrarySort;
  filter: LibraryFilter;
  onSearch: (search: string) => void;
  onSort: (sort: LibrarySort) => void;
  onFilter: (filter: LibraryFilter) => void;
  lang: UiLang;
}

const DAY = 86_400_000;
const toInput = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
const fromInput = (value: string, endOfDay: boolean) => {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : endOfDay ? ms + DAY - 1 : ms;
};

/** The search box, the sort menu and the filters (site, tag, official, document, date range). */
export function LibraryFilters({ search, sort, filter, onSearch, onSort, onFilter, lang }: LibraryFiltersProps) {
  const { value: facets } = useLiveQuery(() => listFacets(db));
  const { value: people } = useLiveQuery(() => listEntities(db, { kind: 'official', limit: 300 }));
  const { value: docs } = useLiveQuery(() => listEntities(db, { kind: 'document', limit: 300 }));
  const set = (patch: Partial<LibraryFilter>) => onFilter({ ...filter, ...patch });
  const entityOptions = [...(people?.rows ?? []), ...(docs?.rows ?? [])];
  // The selected entity may be outside the top 300: keep it selectable.
  const selectedKind = filter.entityKey?.startsWith('document') ? 'document' : 'official';

  return (
    <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <input
        type="search" class="filters__search" placeholder={lt('search', lang)} aria-label={lt('search', lang)}
        value={search} onInput={(e) => onSearch(e.currentTarget.value)} data-testid="library-search"
      />
      <label>
        {lt('sort', lang)}
        <select value={sort} onChange={(e) => onSort(e.currentTarget.value as LibrarySort)} title={lt('sortRelevance', lang)}>
          <option value="clipped">{lt('sortClipped', lang)}</option>
          <option value="published">{lt('sortPublished', lang)}</option>
          <option value="title">{lt('sortTitle', lang)}</option>
        </select>
      </label>
      <label>
        {lt('site', lang)}
        <select value={filter.site ?? ''} onChange={(e) => set({ site: e.currentTarget.value || undefined })} data-testid="filter-site">
          <option value="">{lt('any', lang)}</option>
          {facets?.sites.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      <label>
        {lt('tag', lang)}
        <select value={filter.tag ?? ''} onChange={(e) => set({ tag: e.currentTarget.value || undefined })}>
          <option value="">{lt('any', lang)}</option>
          {facets?.tags.map((s) => <option key={s} value={s}>{s}</option>)}
        </select>
      </label>
      {(['official', 'document'] as const).map((kind) => (
        <label key={kind}>
          {lt(kind, lang)}
          <select
            value={filter.entityKey && selectedKind === kind ? filter.entityKey : ''}
            onChange={(e) => set({ entityKey: e.currentTarget.value || undefined })}
            data-testid={`filter-${kind}`}
          >
            <option value="">{lt('any', lang)}</option>
            {entityOptions.filter((en) => en.kind === kind).map((en) => (
              <option key={en.key} value={en.key}>{en.name} ({en.count})</option>
            ))}
          </select>
        </label>
      ))}
      <label>
        {lt('dateField', lang)}
        <select value={filter.dateField ?? 'published'} onChange={(e) => set({ dateField: e.currentTarget.value as 'published' | 'clipped' })}>
          <option value="published">{lt('datePublished', lang)}</option>
          <option value="clipped">{lt('dateClipped', lang)}</option>
        </select>
      </label>
      <label>
        {lt('from', lang)}
        <input type="date" value={toInput(filter.from)} onChange={(e) => set({ from: fromInput(e.currentTarget.value, false) })} />
      </label>
      <label>
        {lt('to', lang)}
        <input type="date" value={toInput(filter.to === undefined ? undefined : filter.to - DAY + 1)} onChange={(e) => set({ to: fromInput(e.currentTarget.value, true) })} />
      </label>
      <button type="button" onClick={() => { onSearch(''); onFilter({}); }}>{lt('clearFilters', lang)}</button>
    </form>
  );
}
