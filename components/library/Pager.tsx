import type { UiLang } from '@/utils/i18n';
import { lt } from './library-strings';

/** Props of {@link Pager}. */
export interface PagerProps {
  total: number;
  pageSize: number;
  /** Zero-based page shown. */
  page: number;
  onPage: (page: number) => void;
  lang: UiLang;
}

/** Previous / next buttons and "page 2 / 40": the list never renders more than one page of rows. */
export function Pager({ total, pageSize, page, onPage, lang }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={lt('page', lang)}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>{lt('prev', lang)}</button>
      <span>{lt('page', lang)} {page + 1} / {pages}</span>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)} data-testid="next-page">{lt('next', lang)}</button>
    </nav>
  );
}
