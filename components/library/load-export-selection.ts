import type { Clipping } from '@/utils/db/clipping';
import type { LibraryFilter, LibrarySort } from '@/utils/db/library-query';
import { countClippings, listClippings } from '@/utils/db/list-clippings';
import { queryLibrary } from '@/utils/db/query-library';
import { withStorageErrors } from '@/utils/db/storage-error';
import type { TrichBaoDb } from '@/utils/db/trich-bao-db';
import { withBodies } from '@/utils/db/with-bodies';

/** What to export: every clipping, or what the library list shows now (search, filters, sort). */
export type ExportScope = { kind: 'all' } | { kind: 'selection'; search: string; sort: LibrarySort; filter: LibraryFilter };

/**
 * The clippings of a scope, in the order the reader sees them (all: newest clipped first;
 * a selection: the list's order). IndexedDB takes a count of at most 2³²−1, so the rows
 * are counted first rather than asked for "without limit".
 */
export async function loadExportSelection(db: TrichBaoDb, scope: ExportScope): Promise<Clipping[]> {
  if (scope.kind === 'all') {
    const total = await countClippings(db);
    return total === 0 ? [] : await listClippings(db, { limit: total, offset: 0 });
  }
  const query = { search: scope.search, sort: scope.sort, filter: scope.filter };
  const { total } = await queryLibrary(db, { ...query, limit: 1, offset: 0 });
  if (total === 0) return [];
  // The list's rows have no bodies (version 4): the export reads them for the rows chosen.
  const { rows } = await queryLibrary(db, { ...query, limit: total, offset: 0 });
  return withStorageErrors(() => db.transaction('r', db.clippingBodies, () => withBodies(db, rows)));
}
