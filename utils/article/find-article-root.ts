import { readabilityRoot } from './readability-root';
import { densestProseBlock, foldedText } from './prose';
import { findMarkedBody, MIN_BODY_TEXT } from './find-marked-body';

/** Below this much page text Readability finds nothing; skipping it saves its retries. */
const MIN_READABLE_TEXT = 500;

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
