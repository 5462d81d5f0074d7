import { canonicalToken } from '../search/fold-token';
import { tokenize } from '../search/tokenize';
import type { EntityEntry } from './entity-entry';
import type { EntitySighting } from './entity-sightings';

const MAX_ALIASES = 5;

/** The entry after one more sighting: latest spelling as name, earlier spellings as aliases, given count. */
export function mergeEntityEntry(entry: EntityEntry | undefined, sighting: EntitySighting, count: number): EntityEntry {
  const aliases = [entry?.name, ...(entry?.aliases ?? [])]
    .filter((a): a is string => typeof a === 'string' && a !== '' && a !== sighting.name)
    .filter((a, i, all) => all.indexOf(a) === i)
    .slice(0, MAX_ALIASES);
  const tokens = new Set<string>();
  for (const spelling of [sighting.name, ...aliases]) for (const token of tokenize(spelling)) tokens.add(canonicalToken(token));
  return {
    key: sighting.key,
    kind: sighting.kind,
    name: sighting.name,
    aliases,
    detail: sighting.detail || entry?.detail || '',
    count,
    tokens: [...tokens],
  };
}
