import type { Entity } from '../entities/types';

/** One article-wide entity and how many block mentions point at it. */
export interface AggregateEntry {
  entity: Entity;
  count: number;
}

/**
 * The article's entities by key across blocks: every block's mention of a key shares one
 * entity object, whose titles, ranks and document fields are the union of what each
 * recognition found (a later paragraph may name a title or a date the first did not).
 */
export class EntityAggregate {
  readonly entries = new Map<string, AggregateEntry>();

  /** The shared entry for a recognised entity, created empty on first sight and merged after. */
  entryFor(found: Entity): AggregateEntry {
    const seen = this.entries.get(found.key);
    if (!seen) {
      const entity: Entity = { ...found, mentions: [] } as Entity;
      if (entity.kind === 'official') {
        entity.titles = [...entity.titles];
        entity.ranks = [...entity.ranks];
      }
      const entry = { entity, count: 0 };
      this.entries.set(found.key, entry);
      return entry;
    }
    const e = seen.entity;
    if (e.kind === 'official' && found.kind === 'official') {
      for (const t of found.titles) if (!e.titles.includes(t)) e.titles.push(t);
      for (const r of found.ranks) if (!e.ranks.includes(r)) e.ranks.push(r);
    } else if (e.kind === 'document' && found.kind === 'document') {
      e.date ??= found.date;
      e.issuer ??= found.issuer;
      e.term ??= found.term;
    }
    return seen;
  }

  /** One mention of `entity` left the page; the entity goes with its last mention. */
  release(entity: Entity): void {
    const entry = this.entries.get(entity.key);
    if (entry && entry.entity === entity && --entry.count <= 0) this.entries.delete(entity.key);
  }
}
