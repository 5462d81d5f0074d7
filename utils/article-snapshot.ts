import type { ArticleMetadata } from './article/types';
import type { DocumentRef, Official } from './entities/types';

/** What a tab's content script reports about the page it runs in. */
export interface ArticleSnapshot {
  isArticle: boolean;
  metadata: ArticleMetadata;
  /** Officials and documents found in the article; `mentions.length` is the count. */
  officials: Official[];
  documents: DocumentRef[];
  /** The article's plain text (entity offsets index it). */
  text: string;
  /** The article body as Markdown. */
  markdown: string;
}
