import { describe, expect, it } from 'vitest';
import type { LibrarySort } from '../../../utils/db/library-query';
import { orderKeyRange, orderKeys, type OrderFacet, type OrderKeySource } from '../../../utils/db/order-keys';

const row = (over: Partial<OrderKeySource> = {}): OrderKeySource => ({
  site: 'Báo A', tags: [], entityKeys: [], clippedAt: 1_700_000_000_000, publishedAt: 1_690_000_000_000, sortTitle: 'tieu de', ...over,
});

/** The entry of a row for a facet and sort (exactly one). */
function entry(r: OrderKeySource, facet: OrderFacet, sort: LibrarySort): string {
  const [lower, upper] = orderKeyRange(facet, sort);
  const found = orderKeys(r).filter((k) => k >= lower && k <= upper);
  expect(found).toHaveLength(1);
  return found[0]!;
}

/** Indexes of rows in the order their entries sort (as a forward index read returns them). */
const orderOf = (rows: OrderKeySource[], facet: OrderFacet, sort: LibrarySort) =>
  rows.map((r, i) => [entry(r, facet, sort), i] as const).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, i]) => i);

describe('utils/db/order-keys', () => {
  it('gives one entry per facet and sort: site, each tag, each entity', () => {
    expect(orderKeys(row({ tags: ['khoa học', 'y tế'], entityKeys: ['official:a', 'document:1'] }))).toHaveLength(5 * 3);
  });

  it.each([
    ['clipped', [row({ clippedAt: 5 }), row({ clippedAt: 9 }), row({ clippedAt: 7 })], [1, 2, 0]],
    // Undated (0) last; equal days by newest clip first.
    ['published', [row({ publishedAt: 0, clippedAt: 9 }), row({ publishedAt: 20, clippedAt: 1 }), row({ publishedAt: 20, clippedAt: 3 }), row({ publishedAt: 10 })], [2, 1, 3, 0]],
    ['title', [row({ sortTitle: 'uy ban' }), row({ sortTitle: 'duong sat' }), row({ sortTitle: 'an sinh' })], [2, 1, 0]],
  ] as const)('sorts a facet\'s entries like the %s sort of the library', (sort, rows, expected) => {
    expect(orderOf([...rows], { site: 'Báo A' }, sort)).toEqual(expected);
  });

  it('orders newest first across the whole range of times, year 1970 to far future', () => {
    const times = [0, 1, 999, 1_000_000_000_000, 1_700_000_000_000, 4_102_444_800_000];
    const rows = times.map((clippedAt) => row({ clippedAt }));
    expect(orderOf(rows, { site: 'Báo A' }, 'clipped')).toEqual([5, 4, 3, 2, 1, 0]);
  });

  it.each<[OrderFacet, Partial<OrderKeySource>]>([
    [{ site: 'x' }, { site: 'z', tags: ['x'] }],
    [{ entityKey: 'official:a' }, { entityKeys: ['official:ab'] }],
    [{ tag: 'khoa' }, { tags: ['khoa học'] }],
    [{ site: 'Báo A' }, { site: 'Báo A B' }],
  ])('keeps the range of %j free of the entries of a row with %j', (facet, other) => {
    const r = row(other);
    for (const sort of ['clipped', 'published', 'title'] as const) {
      const [lower, upper] = orderKeyRange(facet, sort);
      expect(orderKeys(r).filter((k) => k >= lower && k <= upper)).toEqual([]);
    }
  });
});
