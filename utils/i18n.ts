import { PAGE_STRINGS, type UiLang } from './page-strings';

export { mentionCount, pickUiLang, type UiLang } from './page-strings';

/** UI strings in Vietnamese and English; the browser's UI language picks one. */
const messages = {
  ...PAGE_STRINGS,
  appName: { vi: 'Trích Báo', en: 'Trích Báo' },
  loading: { vi: 'Đang đọc trang…', en: 'Reading the page…' },
  unreachable: {
    vi: 'Không đọc được trang này (trang của trình duyệt hoặc chưa tải xong). Hãy tải lại trang rồi thử lại.',
    en: 'This page cannot be read (a browser page, or not loaded yet). Reload it and try again.',
  },
  officials: { vi: 'Quan chức', en: 'Officials' },
  documents: { vi: 'Văn bản', en: 'Documents' },
  noneFound: { vi: 'Không tìm thấy', en: 'None found' },
  note: { vi: 'Ghi chú', en: 'Note' },
  tags: { vi: 'Thẻ (cách nhau bằng dấu phẩy)', en: 'Tags (comma-separated)' },
  clip: { vi: 'Lưu bài', en: 'Clip' },
  reclip: { vi: 'Cập nhật bài đã lưu', en: 'Update clipping' },
  clippedOn: { vi: 'Đã lưu trong thư viện ngày', en: 'In your library since' },
  clipped: { vi: 'Đã lưu.', en: 'Clipped.' },
  saved: { vi: 'Bài đã lưu', en: 'Saved clippings' },
  noClippings: { vi: 'Chưa lưu bài nào.', en: 'No clippings yet.' },
  delete: { vi: 'Xóa', en: 'Delete' },
  exportOne: { vi: 'Xuất Markdown', en: 'Export Markdown' },
  exportAll: { vi: 'Xuất tất cả (Markdown)', en: 'Export all (Markdown)' },
  exported: { vi: 'Đã xuất tệp.', en: 'File exported.' },
  by: { vi: 'Tác giả', en: 'By' },
  published: { vi: 'Ngày đăng', en: 'Published' },
  error: { vi: 'Lỗi', en: 'Error' },
  autoOn: { vi: 'Tự động đánh dấu đang bật trên', en: 'Automatic highlighting is on for' },
  autoOff: { vi: 'Chưa tự động đánh dấu trên', en: 'No automatic highlighting on' },
  autoEnable: { vi: 'Luôn đánh dấu trên trang này', en: 'Always highlight on this site' },
  autoDisable: { vi: 'Tắt tự động đánh dấu', en: 'Stop highlighting automatically' },
  options: { vi: 'Cài đặt', en: 'Settings' },
  library: { vi: 'Thư viện bài trích →', en: 'Clippings library →' },
  highlightSite: { vi: 'Đánh dấu trên', en: 'Highlights on' },
  highlightEverywhere: { vi: 'Đánh dấu trên mọi trang', en: 'Highlights on every site' },
  sitesTitle: { vi: 'Trang báo được tự động đánh dấu', en: 'News sites highlighted automatically' },
  sitesHelp: {
    vi: 'Mỗi dòng một tên miền. Trích Báo chỉ đọc các trang bạn cho phép; trên trang khác, hãy bấm nút Trích Báo.',
    en: 'One domain per line. Trích Báo only reads sites you allow; elsewhere, click the Trích Báo button.',
  },
  grantListed: { vi: 'Cho phép tất cả trang trong danh sách', en: 'Allow every site in the list' },
  resetList: { vi: 'Khôi phục danh sách mặc định', en: 'Restore the default list' },
  grantedSites: { vi: 'Đang được phép', en: 'Allowed now' },
  revoke: { vi: 'Thu hồi', en: 'Revoke' },
  noneGranted: { vi: 'Chưa cho phép trang nào.', en: 'No site allowed yet.' },
  highlightAndClip: { vi: 'Đánh dấu & lưu bài', en: 'Highlight & clip' },
  userHighlights: { vi: 'Đoạn bạn đã đánh dấu', en: 'Your highlights' },
  noUserHighlights: { vi: 'Chưa đánh dấu đoạn nào. Chọn chữ trên trang, bấm chuột phải → “Đánh dấu & lưu bài” (hoặc Alt+Shift+H).', en: 'No highlights yet. Select text on the page, right-click → “Highlight & clip” (or Alt+Shift+H).' },
  orphan: { vi: 'Không tìm thấy trên trang', en: 'Not found on the page' },
  orphanHelp: {
    vi: 'Bài đã bị sửa nên đoạn này không còn trên trang. Đoạn trích và ghi chú vẫn được giữ.',
    en: 'The article changed, so this passage is no longer on the page. The quote and your note are kept.',
  },
  deleteHighlight: { vi: 'Xóa đoạn đánh dấu', en: 'Delete highlight' },
} as const;

/** Key of a UI string. */
export type MessageKey = keyof typeof messages;

/** The UI string for `key` in `lang`. */
export function t(key: MessageKey, lang: UiLang): string {
  return messages[key][lang];
}
