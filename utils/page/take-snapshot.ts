import type { PageSnapshot } from '../article-snapshot';
import type { ArticleScan } from './scan-article';

/** The page snapshot the popup asks for: the scan's results and the page's current HTML. */
export function takePageSnapshot(doc: Document, url: string, scan: ArticleScan | null): PageSnapshot {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const html = view ? new view.XMLSerializer().serializeToString(doc) : '';
  return {
    isArticle: scan !== null,
    url,
    html,
    text: scan?.index.text ?? '',
    officials: scan?.recognition.officials ?? [],
    documents: scan?.recognition.documents ?? [],
  };
}
