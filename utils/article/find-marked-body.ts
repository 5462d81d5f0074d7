import { foldedText } from './prose';

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
export const MIN_BODY_TEXT = 200;
/** A container the outlet marks as the story body, holding real text; null when none. */
export function findMarkedBody(doc: Document): Element | null {
  for (const selector of BODY_SELECTORS) {
    for (const el of Array.from(doc.querySelectorAll(selector))) if (foldedText(el).length >= MIN_BODY_TEXT) return el;
  }
  return null;
}

