import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clipping, ClippingSummary } from '../../../utils/db/clipping';
import { entityKeys } from '../../../utils/db/entity-keys';
import { entityTimeline } from '../../../utils/db/entity-timeline';
import { findClippingsByEntity } from '../../../utils/db/find-clippings-by-entity';
import { importClippings } from '../../../utils/db/import-clippings';
import type { LibraryFilter, LibrarySort } from '../../../utils/db/library-query';
import { queryLibrary } from '../../../utils/db/query-library';
import type { TrichBaoDb } from '../../../utils/db/trich-bao-db';
import { freshDb, official, sampleClipping } from './sample-clipping';

// Enough rows that every path runs: one facet (order keys), several facets above the in-memory
// threshold (narrowest facet + membership), dates only, and small sets sorted in memory.
const COUNT = 320;
const SITES = ['Báo A', 'Báo B', 'Báo C'];
const TITLES = ['Đường sắt', 'an sinh', 'Ủy ban họp', 'Chuyển đổi số', 'nông nghiệp'];
const OFFICIALS = [official('official:a', 'Lê Văn An'), official('official:b', 'Phạm Thị Bình')];

function clipping(i: number): Clipping {
  const base = sampleClipping({
    canonicalUrl: `https://x.example/${i}`, title: `${TITLES[i % TITLES.length]} ${i % 7}`, site: SITES[i % 3]!,
    // Many ties on the day, some undated.
    published: i % 11 === 0 ? null : new Date(Date.UTC(2024, 0, 1 + (i % 40))).toISOString(),
    officials: OFFICIALS.filter((_, k) => (i + k) % (k + 2) === 0), documents: [], text: `Bài ${i}.`,
  });
  return { ...base, id: i + 1, entityKeys: entityKeys(base), note: '', tags: i % 4 === 0 ? ['khoa học'] : [], clippedAt: 1000 + ((i * 37) % COUNT), updatedAt: 1 };
}

let db: TrichBaoDb;
let all: ClippingSummary[];
beforeAll(async () => {
  db = freshDb();
  await importClippings(db, Array.from({ length: COUNT }, (_, i) => clipping(i)));
  all = await db.clippings.toArray();
}, 30_000);
afterAll(() => db.close());

/** The reference: filter and sort in memory with the library's tie rules (clip times are all distinct). */
function expected(f: LibraryFilter, sort: LibrarySort): number[] {
  const keep = all.filter((r) =>
    (!f.site || r.site === f.site) && (!f.tag || r.tags.includes(f.tag)) && (!f.entityKey || r.entityKeys.includes(f.entityKey))
    && (f.from === undefined || (r.publishedAt > 0 && r.publishedAt >= f.from)));
  const by: Record<LibrarySort, (a: ClippingSummary, b: ClippingSummary) => number> = {
    clipped: (a, b) => b.clippedAt - a.clippedAt || a.id! - b.id!,
    published: (a, b) => b.publishedAt - a.publishedAt || b.clippedAt - a.clippedAt,
    title: (a, b) => (a.sortTitle < b.sortTitle ? -1 : a.sortTitle > b.sortTitle ? 1 : a.id! - b.id!),
  };
  return keep.sort(by[sort]).map((r) => r.id!);
}

const FILTERS: LibraryFilter[] = [
  { site: 'Báo B' }, { tag: 'khoa học' }, { entityKey: 'official:a' },
  { site: 'Báo A', entityKey: 'official:a' }, { site: 'Báo C', tag: 'khoa học' }, { from: Date.UTC(2024, 0, 10) },
];

describe('utils/db/query-library filtered pages', () => {
  it.each(FILTERS.flatMap((filter) => (['clipped', 'published', 'title'] as const).map((sort) => [JSON.stringify(filter), sort, filter] as const)))(
    'gives %s sorted by %s in the reference order, page by page, with the right total',
    async (_label, sort, filter) => {
      const want = expected(filter, sort);
      for (const offset of [0, 20, 60]) {
        const page = await queryLibrary(db, { filter, sort, limit: 20, offset });
        expect(page.total).toBe(want.length);
        const got = page.rows.map((r) => r.id!);
        if (sort === 'published' || sort === 'clipped') expect(got).toEqual(want.slice(offset, offset + 20));
        // Titles repeat: compare the sort keys (ties may come in any order among equals).
        else expect(page.rows.map((r) => r.sortTitle)).toEqual(want.slice(offset, offset + 20).map((id) => all.find((r) => r.id === id)!.sortTitle));
      }
    },
  );

  it('pages an entity timeline by publication date with the total of all its clippings', async () => {
    const want = expected({ entityKey: 'official:b' }, 'published');
    const first = await entityTimeline(db, 'official:b', { limit: 30 });
    const second = await entityTimeline(db, 'official:b', { limit: 30, offset: 30 });
    expect(first.total).toBe(want.length);
    expect([...first.rows, ...second.rows].map((r) => r.id)).toEqual(want.slice(0, 60));
  });

  it('finds every clipping of an entity newest clipped first', async () => {
    expect((await findClippingsByEntity(db, 'official:a')).map((r) => r.id)).toEqual(expected({ entityKey: 'official:a' }, 'clipped'));
  });
});
