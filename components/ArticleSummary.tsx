import type { ArticleMetadata } from '@/utils/article/types';
import { t, type UiLang } from '@/utils/i18n';
import { formatDate } from '@/utils/format-date';

/** Props of {@link ArticleSummary}. */
export interface ArticleSummaryProps {
  metadata: ArticleMetadata;
  lang: UiLang;
}

/** Title, outlet, author and date of the article in the tab. Page text is rendered as text. */
export function ArticleSummary({ metadata, lang }: ArticleSummaryProps) {
  return (
    <section class="summary" aria-label={metadata.title}>
      <h2 class="summary__title" data-testid="article-title">{metadata.title}</h2>
      <p class="summary__meta">
        <span data-testid="article-site">{metadata.site}</span>
        {metadata.published && <span> · {formatDate(metadata.published, lang)}</span>}
        {metadata.author && (
          <span>
            {' '}
            · {t('by', lang)}: {metadata.author}
          </span>
        )}
      </p>
    </section>
  );
}
