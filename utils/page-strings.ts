/**
 * The few UI strings shown inside web pages (hover card, note dialog), kept apart from the
 * extension pages' strings (utils/i18n.ts, which includes these) so the content script does
 * not carry the popup's and library's text.
 */
export const PAGE_STRINGS = {
  notArticle: {
    vi: 'Trang này không phải là bài báo. Hãy mở một bài viết cụ thể.',
    en: 'This page is not an article. Open a single article.',
  },
  noteOnPassage: { vi: 'Ghi chú cho đoạn đánh dấu (không bắt buộc)', en: 'Note on this passage (optional)' },
  notePlaceholder: { vi: 'Ghi chú của bạn…', en: 'Your note…' },
  saveHighlight: { vi: 'Lưu', en: 'Save' },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  clipFromCard: { vi: 'Lưu bài này', en: 'Clip this article' },
  clipCreated: { vi: 'Đã lưu bài vào thư viện.', en: 'Clipped to your library.' },
  clipExisting: { vi: 'Bài này đã có trong thư viện.', en: 'Already in your library.' },
  clipFailed: { vi: 'Không lưu được bài. Hãy mở Trích Báo trên thanh công cụ và thử lại.', en: 'Could not clip. Open Trích Báo from the toolbar and try again.' },
} as const;

/** Key of a string shown inside web pages. */
export type PageStringKey = keyof typeof PAGE_STRINGS;
/** Languages the UI speaks. */
export type UiLang = 'vi' | 'en';

/** Vietnamese for a Vietnamese browser, English otherwise. */
export function pickUiLang(browserLang: string | undefined): UiLang {
  return browserLang?.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

/** The in-page string for `key` in `lang`. */
export function pageString(key: PageStringKey, lang: UiLang): string {
  return PAGE_STRINGS[key][lang];
}

/** "3 lần" / "3×": how many times an entity is mentioned. */
export function mentionCount(n: number, lang: UiLang): string {
  return lang === 'vi' ? `${n} lần` : `${n}×`;
}
