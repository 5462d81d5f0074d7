import type { UiLang } from '@/utils/i18n';

/** Strings of the library page in Vietnamese and English (same shape as utils/i18n). */
const strings = {
  title: { vi: 'Thư viện bài trích', en: 'Clippings library' },
  navClippings: { vi: 'Bài đã lưu', en: 'Clippings' },
  navEntities: { vi: 'Chỉ mục nhân vật & văn bản', en: 'Index of people & documents' },
  search: { vi: 'Tìm (không cần dấu)', en: 'Search (accents optional)' },
  sort: { vi: 'Sắp xếp', en: 'Sort' },
  sortClipped: { vi: 'Mới lưu nhất', en: 'Newest clipped' },
  sortPublished: { vi: 'Mới đăng nhất', en: 'Newest published' },
  sortTitle: { vi: 'Tiêu đề A–Z', en: 'Title A–Z' },
  sortRelevance: { vi: 'Khi tìm: khớp nhất trước', en: 'When searching: best match first' },
  site: { vi: 'Trang báo', en: 'Site' },
  tag: { vi: 'Thẻ', en: 'Tag' },
  official: { vi: 'Quan chức', en: 'Official' },
  document: { vi: 'Văn bản', en: 'Document' },
  any: { vi: 'Tất cả', en: 'Any' },
  dateField: { vi: 'Theo ngày', en: 'Date' },
  datePublished: { vi: 'đăng', en: 'published' },
  dateClipped: { vi: 'lưu', en: 'clipped' },
  from: { vi: 'Từ', en: 'From' },
  to: { vi: 'Đến', en: 'To' },
  clearFilters: { vi: 'Bỏ lọc', en: 'Clear filters' },
  results: { vi: 'bài', en: 'clippings' },
  noResults: { vi: 'Không có bài nào khớp.', en: 'No clipping matches.' },
  empty: { vi: 'Chưa lưu bài nào. Mở một bài báo và bấm nút Trích Báo để lưu.', en: 'No clippings yet. Open a news article and use the Trích Báo button to clip it.' },
  prev: { vi: '← Trước', en: '← Previous' },
  next: { vi: 'Sau →', en: 'Next →' },
  page: { vi: 'Trang', en: 'Page' },
  officials: { vi: 'Quan chức', en: 'Officials' },
  documents: { vi: 'Văn bản', en: 'Documents' },
  filterIndex: { vi: 'Lọc theo tên', en: 'Filter by name' },
  clippingsCount: { vi: 'bài nhắc đến', en: 'clippings mention this' },
  alsoWritten: { vi: 'Cũng viết là', en: 'Also written' },
  undated: { vi: 'Không rõ ngày đăng', en: 'Publication date unknown' },
  back: { vi: '← Quay lại', en: '← Back' },
  showInLibrary: { vi: 'Lọc thư viện theo mục này', en: 'Filter the library by this' },
  openOriginal: { vi: 'Mở bài gốc', en: 'Open the original' },
  note: { vi: 'Ghi chú', en: 'Note' },
  tags: { vi: 'Thẻ (cách nhau bằng dấu phẩy)', en: 'Tags (comma-separated)' },
  save: { vi: 'Lưu', en: 'Save' },
  saved: { vi: 'Đã lưu.', en: 'Saved.' },
  delete: { vi: 'Xóa bài này', en: 'Delete this clipping' },
  deleted: { vi: 'Đã xóa', en: 'Deleted' },
  undo: { vi: 'Hoàn tác', en: 'Undo' },
  undoFailed: { vi: 'Bài này đã được lưu lại từ trang gốc nên không khôi phục bản cũ.', en: 'The article was clipped again meanwhile, so the old copy was not restored.' },
  notFound: { vi: 'Không tìm thấy bài này (có thể đã bị xóa).', en: 'This clipping was not found (it may have been deleted).' },
  article: { vi: 'Bài viết', en: 'Article' },
  clippedOn: { vi: 'Lưu ngày', en: 'Clipped' },
  publishedOn: { vi: 'Đăng ngày', en: 'Published' },
  persistDenied: {
    vi: 'Trình duyệt chưa cam kết giữ lâu dài dữ liệu; khi ổ đĩa đầy, bài trích có thể bị xóa. Hãy xuất bản sao lưu định kỳ.',
    en: 'The browser has not promised to keep this data; when the disk fills up, clippings may be evicted. Export a backup now and then.',
  },
  loading: { vi: 'Đang tải…', en: 'Loading…' },
} as const;

/** Key of a library string. */
export type LibraryStringKey = keyof typeof strings;

/** The library string for `key` in `lang`. */
export function lt(key: LibraryStringKey, lang: UiLang): string {
  return strings[key][lang];
}
