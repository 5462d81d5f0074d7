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
import { MarkdownView } from './MarkdownView';
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

/** One clipping: the article, its officials and documents (each opening its timeline), note and tags, delete. */
export function ClippingView({ id, lang, onDeleted, onError }: ClippingViewProps) {
  const { value, error } = useLiveQuery(async () => (await getClipping(db, id)) ?? null, [id]);
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
        <MarkdownView markdown={c.markdown} />
        <aside>
          {(['officials', 'documents'] as const).map((group) => (
            <section key={group} class="entities">
              <h3>{lt(group, lang)}</h3>
              <ul data-testid={`clipping-${group}`}>
                {group === 'officials'
                  ? c.officials.map((o) => (
                      <li key={o.key} class="entity entity--official">
                        <a href={libraryHref({ view: 'entity', key: o.key })}>{o.name}</a> <span class="count">{mentionCount(o.mentions.length, lang)}</span>
                        {o.titles.length > 0 && <div class="entity__detail">{o.titles.join(', ')}</div>}
                      </li>
                    ))
                  : c.documents.map((d) => (
                      <li key={d.key} class="entity entity--document">
                        <a href={libraryHref({ view: 'entity', key: d.key })}>{d.surface}</a> <span class="count">{mentionCount(d.mentions.length, lang)}</span>
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
