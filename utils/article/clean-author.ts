/** Folds whitespace and drops "By", "Bởi", "Tác giả:", "Bài và ảnh:" and "(Theo …)" wrappers; null when nothing is left or it is not a name. */
export function cleanAuthor(raw: string | null | undefined): string | null {
  let text = (raw ?? '').replace(/\s+/g, ' ').trim();
  text = text.replace(/^\((.*)\)$/, '$1').trim();
  text = text.replace(/^(?:by|bởi|tác giả|người viết|bài(?:,| và)? ảnh|bài|theo|nguồn)\s*[:\-–]?\s+/i, '').trim();
  text = text.replace(/^[-–—:]\s*/, '').trim();
  if (!text || text.length > 100 || /^https?:\/\//i.test(text)) return null;
  return text;
}
