import { describe, expect, it } from 'vitest';
import { libraryHref, parseLibraryRoute, type LibraryRoute } from '../../../components/library/library-route';

describe('components/library/library-route', () => {
  it.each<[string, LibraryRoute]>([
    ['', { view: 'list' }],
    ['#/', { view: 'list' }],
    ['#/entities', { view: 'entities' }],
    ['#/entity/official%3Atr%E1%BA%A7n%20s%E1%BB%B9', { view: 'entity', key: 'official:trần sỹ' }],
    ['#/clipping/42', { view: 'clipping', id: 42 }],
    ['#/clipping/abc', { view: 'list' }],
    ['#/entity/%E0%A4%A', { view: 'list' }],
  ])('reads %s', (hash, route) => {
    expect(parseLibraryRoute(hash)).toEqual(route);
  });

  it.each<LibraryRoute>([{ view: 'list' }, { view: 'entities' }, { view: 'entity', key: 'document:57-nq/tw' }, { view: 'clipping', id: 7 }])(
    'round-trips %o',
    (route) => {
      expect(parseLibraryRoute(libraryHref(route))).toEqual(route);
    },
  );
});
