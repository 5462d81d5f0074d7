import { browser } from 'wxt/browser';
import { isPageSnapshot } from '../article-snapshot';
import { getClippingByCanonicalUrl } from '../db/get-clipping';
import { saveClipping } from '../db/save-clipping';
import { db as defaultDb, type TrichBaoDb } from '../db/trich-bao-db';
import { sendToTab } from '../messaging';
import { snapshotToClipping } from '../popup/snapshot-to-clipping';
import { ARTICLE_DETAILS_SCRIPT, isArticleDetailsResult } from './article-details-result';
import type { ClipOutcome } from './payload-checks';

/**
 * The "& clip" of "Highlight & clip": clips the tab's article unless a clipping of `pageKey`
 * exists. The service worker has no DOMParser (Chrome), so the tab does the parsing: the
 * content script gives its scan (text, officials, documents) as for the popup, and a small
 * script injected only now (activeTab) reads metadata and Markdown from a parsed copy of the
 * page, the same `articleDetails` the popup runs. The content script stays as lean as before.
 */
export async function clipTabArticle(tabId: number, pageKey: string, db: TrichBaoDb = defaultDb): Promise<ClipOutcome> {
  if (await getClippingByCanonicalUrl(db, pageKey)) return 'existing';
  const page = await sendToTab(tabId, 'getArticleSnapshot', {});
  if (!isPageSnapshot(page)) return 'failed';
  if (!page.isArticle) return 'not-article';
  const [injected] = await browser.scripting.executeScript({ target: { tabId }, files: [ARTICLE_DETAILS_SCRIPT] });
  const details: unknown = injected?.result;
  if (!isArticleDetailsResult(details)) return 'failed';
  const clipping = snapshotToClipping({ isArticle: true, metadata: details.metadata, officials: page.officials, documents: page.documents, text: page.text, markdown: details.markdown }, '', '');
  // No note or tags: if the popup clips the same page meanwhile, the reader's own are kept.
  delete clipping.note;
  delete clipping.tags;
  const saved = await saveClipping(db, clipping);
  if (saved.canonicalUrl !== pageKey) console.warn('Trích Báo: the clipping and its highlight name the page differently', saved.canonicalUrl, pageKey);
  return 'created';
}
