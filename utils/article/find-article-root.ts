import { readabilityRoot } from './readability-root';
import { densestProseBlock, foldedText } from './prose';

// Containers outlets mark as the story body (schema.org, common CMS classes, big Vietnamese outlets).
const BODY_SELECTORS = [
  '[itemprop~="articleBody"]',
  '.fck_detail',
  '.detail-content',
  '.detail__content',
  '.detail-cmain',
  '.singular-content',
  '.article-content',
  '.article__content',
  '.article-body',
  '.article__body',
  '.content-detail',
  '.news-content',
  '.cms-body',
  '.entry-content',
  '.post-content',
  '.story-body',
];

/** Text a marked body must have before we trust the mark (some sites reuse the class on teasers). */
const MIN_BODY_TEXT = 200;
/** Below this much page text Readability finds nothing; skipping it saves its retries. */
const MIN_READABLE_TEXT = 500;

/** A container the outlet marks as the story body, holding real text; null when none. */
export function findMarkedBody(doc: Document): Element | null {
  for (const selector of BODY_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector))) if (foldedText(el).length >= MIN_BODY_TEXT) return el;
  }
  return null;
}

/**
 * The LIVE element of `doc` holding the article body: a marked body container, else what
 * Readability extracts, else the block with the most paragraph prose. Null for pages without prose.
 */
export function findArticleRoot(doc: Document): Element | null {
  const marked = findMarkedBody(doc);
  if (marked) return marked;
  // Readability needs 500 characters to call anything an article and retries (slowly) below that.
  const fromReadability = (doc.body?.textContent?.length ?? 0) >= MIN_READABLE_TEXT ? readabilityRoot(doc) : null;
  if (fromReadability && fromReadability !== doc.body && foldedText(fromReadability).length >= MIN_BODY_TEXT) return fromReadability;
  return densestProseBlock(doc)?.el ?? null;
}
