import type { ArticleSnapshot } from '../article-snapshot';
import type { NewClipping } from '../db/clipping';

/** Splits a comma- or semicolon-separated tag field into trimmed, distinct tags. */
export function parseTags(field: string): string[] {
  const seen = new Set<string>();
  for (const raw of field.split(/[,;]/)) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    if (tag) seen.add(tag);
  }
  return [...seen];
}

/** The clipping to store for an article snapshot, with the reader's note and tags. */
export function snapshotToClipping(snapshot: ArticleSnapshot, note: string, tagsField: string): NewClipping {
  const m = snapshot.metadata;
  return {
    url: m.url,
    canonicalUrl: m.canonicalUrl,
    title: m.title,
    author: m.author,
    published: m.published,
    site: m.site,
    lang: m.lang,
    markdown: snapshot.markdown,
    text: snapshot.text,
    officials: snapshot.officials,
    documents: snapshot.documents,
    note: note.trim(),
    tags: parseTags(tagsField),
  };
}
