// Readability's readerable check alone: importing the package's index would also bundle the
// whole Readability parser (~11 KB gzip) into the content script, which only needs this.
import isProbablyReaderableImpl from '@mozilla/readability/Readability-readerable.js';
import type { isProbablyReaderable as Signature } from '@mozilla/readability';

/** Readability's quick test of whether a page has enough article-like content. */
export const isProbablyReaderable: typeof Signature = isProbablyReaderableImpl;
