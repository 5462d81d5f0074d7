import type { DocumentRef, Official } from '@/utils/entities/types';
import { mentionCount, t, type UiLang } from '@/utils/i18n';

/** Props of {@link EntityList}. */
export interface EntityListProps {
  officials: Official[];
  documents: DocumentRef[];
  lang: UiLang;
}

const byMentions = <T extends { mentions: unknown[] }>(a: T, b: T) => b.mentions.length - a.mentions.length;

/** The article's officials and documents, grouped, most mentioned first, with counts. */
export function EntityList({ officials, documents, lang }: EntityListProps) {
  return (
    <section class="entities">
      <h3>
        {t('officials', lang)} <span class="count">({officials.length})</span>
      </h3>
      {officials.length === 0 ? (
        <p class="muted">{t('noneFound', lang)}</p>
      ) : (
        <ul data-testid="officials">
          {[...officials].sort(byMentions).map((o) => (
            <li key={o.key} class="entity entity--official">
              <strong>{o.name}</strong> <span class="count">{mentionCount(o.mentions.length, lang)}</span>
              {o.titles.length > 0 && <div class="entity__detail">{o.titles.join(', ')}</div>}
            </li>
          ))}
        </ul>
      )}
      <h3>
        {t('documents', lang)} <span class="count">({documents.length})</span>
      </h3>
      {documents.length === 0 ? (
        <p class="muted">{t('noneFound', lang)}</p>
      ) : (
        <ul data-testid="documents">
          {[...documents].sort(byMentions).map((d) => (
            <li key={d.key} class="entity entity--document">
              <strong>{d.surface}</strong> <span class="count">{mentionCount(d.mentions.length, lang)}</span>
              {(d.date || d.issuer) && (
                <div class="entity__detail">{[d.date, d.issuer].filter(Boolean).join(' · ')}</div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
