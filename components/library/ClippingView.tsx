import { useRef } from 'preact/hooks';
import type { Clipping } from '@/utils/db/clipping';
import { deleteClipping } from '@/utils/db/delete-clipping';
import { getClipping } from '@/utils/db/get-clipping';
import { db } from '@/utils/db/trich-bao-db';
import { useLiveQuery } from '@/utils/db/use-live-query';
import { describeError } from '@/utils/describe-error';
import { formatDate } from '@/utils/format-date';
import { mentionCount, type UiLang } from '@/utils/i18n';
import { CopyMarkdownButton } from './CopyMarkdownButton';
import { libraryHref } from './library-route';
import { lt } from './library-strings';
import { EntityArticle, type ShowMention } from './EntityArticle';
import { NoteTagsEditor } from './NoteTagsEditor';
import { UserHighlightList } from '../UserHighlightList';

/** Props of {@link ClippingView}. */
export interface ClippingViewProps {
  id: number;
  lang: UiLang;
  /** Called with the deleted row, which the app keeps for undo. */
  onDeleted: (clipping: Clipping) => void;
  onError: (message: string) => void;
}

/** One clipping: the article with its entities highlighted, its officials and documents (each opening its timeline), note and tags, delete. */
export function ClippingView({ id, lang, onDeleted, onError }: ClippingViewProps) {
  const { value, error } = useLiveQuery(async () => (await getClipping(db, id)) ?? null, [id]);
  const showMention = useRef<ShowMention | null>(null);
  if (error !== null) return <p class="error">{describeError(error, lang)}</p>;
  if (value === undefined) return <p class="muted">{lt('loading', lang)}</p>;
  if (value === null) return <p class="muted">{lt('notFound', lang)}</p>;
  const c = value;

  const remove = async () => {
    try {
      if (await deleteClipping(db, id)) onDeleted(c);
    } catch (e) {
      onError(describeError(e, lang));
    }
  };

  return (
    <article class="clipping-view" data-testid="clipping-view">
      <h2 class="clipping-view__title">{c.title}</h2>
      <p class="muted">
        {[c.site, c.author, c.published ? `${lt('publishedOn', lang)} ${formatDate(c.published, lang)}` : null, `${lt('clippedOn', lang)} ${formatDate(c.clippedAt, lang)}`]
          .filter(Boolean).join(' · ')}
        {' · '}
        <a href={c.url} target="_blank" rel="noopener noreferrer">{lt('openOriginal', lang)}</a>
      </p>
      <div class="clipping-view__grid">
        <EntityArticle markdown={c.markdown} officials={c.officials} documents={c.documents} lang={lang} controller={showMention} />
        <aside>
          {(['officials', 'documents'] as const).map((group) => (
            <section key={group} class="entities">
              <h3>{lt(group, lang)}</h3>
              <ul data-testid={`clipping-${group}`}>
                {group === 'officials'
                  ? c.officials.map((o) => (
                      <li key={o.key} class="entity entity--official">
                        <a href={libraryHref({ view: 'entity', key: o.key })}>{o.name}</a> <span class="count">{mentionCount(o.mentions.length, lang)}</span>
                        {' '}<FindButton onFind={() => showMention.current?.(o.key)} lang={lang} />
                        {o.titles.length > 0 && <div class="entity__detail">{o.titles.join(', ')}</div>}
                      </li>
                    ))
                  : c.documents.map((d) => (
                      <li key={d.key} class="entity entity--document">
                        <a href={libraryHref({ view: 'entity', key: d.key })}>{d.surface}</a> <span class="count">{mentionCount(d.mentions.length, lang)}</span>
                        {' '}<FindButton onFind={() => showMention.current?.(d.key)} lang={lang} />
                      </li>
                    ))}
              </ul>
            </section>
          ))}
          <UserHighlightList pageKey={c.canonicalUrl} lang={lang} />
          <NoteTagsEditor id={id} note={c.note} tags={c.tags} lang={lang} />
          <CopyMarkdownButton clipping={c} lang={lang} />
          <button type="button" class="danger" onClick={remove} data-testid="delete-clipping">{lt('delete', lang)}</button>
        </aside>
      </div>
    </article>
  );
}

/** Scrolls the article to the entity's next mention and shows its card: the keyboard's way to what hovering shows. */
function FindButton({ onFind, lang }: { onFind: () => void; lang: UiLang }) {
  return <button type="button" class="link entity__find" onClick={onFind} data-testid="find-in-article">{lt('showInArticle', lang)}</button>;
}
