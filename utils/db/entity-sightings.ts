import type { Clipping } from './clipping';
import type { EntityEntry } from './entity-entry';

/** How one clipping names one entity: what the entity index keeps from it. */
export type EntitySighting = Pick<EntityEntry, 'key' | 'kind' | 'name' | 'detail'>;

/** Each official and document of a clipping once (first occurrence), with its display name and detail. */
export function entitySightings(c: Pick<Clipping, 'officials' | 'documents'>): EntitySighting[] {
  const byKey = new Map<string, EntitySighting>();
  for (const o of c.officials ?? []) {
    if (o.key && !byKey.has(o.key)) byKey.set(o.key, { key: o.key, kind: 'official', name: o.name, detail: o.titles?.[0] ?? '' });
  }
  for (const d of c.documents ?? []) {
    if (d.key && !byKey.has(d.key)) {
      byKey.set(d.key, { key: d.key, kind: 'document', name: d.surface, detail: [d.date, d.issuer].filter(Boolean).join(' · ') });
    }
  }
  return [...byKey.values()];
}
