import * as v from 'valibot';

// Validation actions carry a code as their message; backup-problem.ts words it for people.
const offset = v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'negative'));
const time = v.pipe(v.number(), v.finite('finite'));

const position = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check((p) => p.start <= p.end, 'order'),
);
const quote = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.minLength(1, 'empty')),
  prefix: v.optional(v.string(), ''),
  suffix: v.optional(v.string(), ''),
});

/**
 * One user highlight of a backup file (format version 2): the W3C selectors as the store
 * keeps them. Note, orphan flag and check time may be absent (hand-made files).
 */
export const backupHighlightSchema = v.object({
  id: v.optional(v.nullable(v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'negative'), v.maxValue(Number.MAX_SAFE_INTEGER, 'too-big'))), null),
  pageKey: v.pipe(v.string(), v.minLength(1, 'empty')),
  url: v.string(),
  scope: v.picklist(['article', 'page']),
  target: v.object({ selectors: v.tuple([position, quote]) }),
  note: v.optional(v.string(), ''),
  createdAt: time,
  orphan: v.optional(v.boolean(), false),
  checkedAt: v.optional(time, 0),
});

/** A user highlight as the schema outputs it (defaults filled in). */
export type BackupHighlight = v.InferOutput<typeof backupHighlightSchema>;
