/** Which view of the library the address shows (kept in the hash so Back and reload work). */
export type LibraryRoute =
  | { view: 'list' }
  | { view: 'entities' }
  | { view: 'transfer' }
  | { view: 'entity'; key: string }
  | { view: 'clipping'; id: number };

/** Reads `#/entities`, `#/export`, `#/entity/<key>`, `#/clipping/<id>`; anything else is the list. */
export function parseLibraryRoute(hash: string): LibraryRoute {
  const path = hash.replace(/^#\/?/, '');
  if (path === 'entities') return { view: 'entities' };
  if (path === 'export') return { view: 'transfer' };
  const entity = /^entity\/(.+)$/.exec(path);
  if (entity) {
    try {
      return { view: 'entity', key: decodeURIComponent(entity[1]!) };
    } catch {
      return { view: 'list' };
    }
  }
  const clipping = /^clipping\/(\d+)$/.exec(path);
  if (clipping) return { view: 'clipping', id: Number(clipping[1]) };
  return { view: 'list' };
}

/** The hash of a route (inverse of {@link parseLibraryRoute}). */
export function libraryHref(route: LibraryRoute): string {
  switch (route.view) {
    case 'entities':
      return '#/entities';
    case 'transfer':
      return '#/export';
    case 'entity':
      return `#/entity/${encodeURIComponent(route.key)}`;
    case 'clipping':
      return `#/clipping/${route.id}`;
    default:
      return '#/';
  }
}
