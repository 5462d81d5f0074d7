import * as v from 'valibot';

// Validation actions carry a code as their message; backup-problem.ts words it for people.
const offset = v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'negative'));
const time = v.pipe(v.number(), v.finite('finite'));
const nullableText = v.optional(v.nullable(v.string()), null);
const texts = v.optional(v.array(v.string()), []);

const mention = v.pipe(
  v.object({ start: offset, end: offset, surface: v.string() }),
  v.check((m) => m.start <= m.end, 'order'),
);
const mentions = v.optional(v.array(mention), []);

const official = v.object({
  kind: v.optional(v.literal('official'), 'official'),
  key: v.string(),
  name: v.string(),
  titles: texts,
  ranks: texts,
  mentions,
});

const documentRef = v.object({
  kind: v.optional(v.literal('document'), 'document'),
  key: v.string(),
  surface: v.string(),
  type: nullableText,
  number: nullableText,
  symbol: nullableText,
  year: v.optional(v.nullable(v.pipe(v.number(), v.integer('integer'))), null),
  date: nullableText,
  issuer: nullableText,
  term: nullableText,
  mentions,
});

/**
 * One clipping of a backup file (format version 1). Lists, note and nullable fields may be
 * absent (older or hand-made files); everything present must have the right type.
 */
export const backupClippingSchema = v.object({
  id: v.optional(v.nullable(v.pipe(v.number(), v.integer('integer'), v.minValue(0, 'negative'), v.maxValue(Number.MAX_SAFE_INTEGER, 'too-big'))), null),
  url: v.string(),
  canonicalUrl: v.pipe(v.string(), v.minLength(1, 'empty')),
  title: v.string(),
  author: nullableText,
  published: nullableText,
  site: v.string(),
  lang: nullableText,
  note: v.optional(v.string(), ''),
  tags: texts,
  clippedAt: time,
  updatedAt: time,
  entityKeys: texts,
  officials: v.optional(v.array(official), []),
  documents: v.optional(v.array(documentRef), []),
  markdown: v.string(),
  text: v.string(),
});

/** A clipping as the schema outputs it (defaults filled in). */
export type BackupClipping = v.InferOutput<typeof backupClippingSchema>;
