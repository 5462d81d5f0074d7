import type { UserHighlight } from './user-highlight';

/** What importing highlights will do: the rows to add and how many were already here. */
export interface HighlightImportPlan {
  added: UserHighlight[];
  skipped: number;
}

/** One highlight's identity: the same page and the same selectors are the same highlight, whatever its note or id. */
export function highlightIdentity(h: Pick<UserHighlight, 'pageKey' | 'target'>): string {
  const [position, quote] = h.target.selectors;
  return JSON.stringify([h.pageKey, position.start, position.end, quote.exact, quote.prefix, quote.suffix]);
}

/**
 * Decides which highlights of a backup to add (pure): one already here, or earlier in the
 * file, is left as it is (the reader's note here wins); a new one keeps its backup id when
 * nothing here uses it, so a backup restored into an empty library exports the same bytes.
 */
export function planHighlightImport(
  incoming: readonly UserHighlight[],
  existing: readonly UserHighlight[],
  takenIds: ReadonlySet<number>,
): HighlightImportPlan {
  const known = new Set(existing.map(highlightIdentity));
  const claimed = new Set(takenIds);
  const plan: HighlightImportPlan = { added: [], skipped: 0 };
  for (const h of incoming) {
    const identity = highlightIdentity(h);
    if (known.has(identity)) {
      plan.skipped++;
      continue;
    }
    known.add(identity);
    const { id, ...fields } = h;
    const row: UserHighlight = { ...fields, target: { selectors: [{ ...h.target.selectors[0] }, { ...h.target.selectors[1] }] } };
    if (id !== undefined && !claimed.has(id)) {
      row.id = id;
      claimed.add(id);
    }
    plan.added.push(row);
  }
  return plan;
}
