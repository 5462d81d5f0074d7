import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ArticleSnapshot } from '@/utils/article-snapshot';
import { loadSnapshot } from '@/utils/popup/load-snapshot';
import { targetTabId } from '@/utils/popup/target-tab-id';
import { t, type UiLang } from '@/utils/i18n';
import { ArticleSummary } from './ArticleSummary';
import { EntityList } from './EntityList';
import { ClipForm } from './ClipForm';
import { ClippingList } from './ClippingList';
import { SiteAccess } from './SiteAccess';
import { HighlightSwitch } from './HighlightSwitch';
import { UserHighlightList } from './UserHighlightList';

/** Props of {@link PopupApp}. */
export interface PopupAppProps {
  lang: UiLang;
  /** `location.search` of the popup page (`?tabId=N` targets tab N). */
  search: string;
}

type PageState = { status: 'loading' } | { status: 'unreachable' } | { status: 'ready'; snapshot: ArticleSnapshot; pageUrl: string };

async function queryActiveTab(): Promise<number | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function openLibrary() {
  void browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}

/** The toolbar popup: the current article, its entities, clipping, and the saved clippings. */
export function PopupApp({ lang, search }: PopupAppProps) {
  const [page, setPage] = useState<PageState>({ status: 'loading' });

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const tabId = await targetTabId(search, queryActiveTab);
      if (tabId === undefined) throw new Error('no tab');
      const [snapshot, tab] = await Promise.all([loadSnapshot(tabId), browser.tabs.get(tabId)]);
      if (!cancelled) setPage({ status: 'ready', snapshot, pageUrl: tab.url ?? snapshot.metadata.url });
    })().catch(() => {
      if (!cancelled) setPage({ status: 'unreachable' });
    });
    return () => {
      cancelled = true;
    };
  }, [search]);

  return (
    <main class="popup">
      <header class="popup__header">
        <h1 class="popup__brand">{t('appName', lang)}</h1>
        <button type="button" class="link" onClick={openLibrary} data-testid="open-library">
          {t('library', lang)}
        </button>
      </header>
      {page.status === 'loading' && <p class="popup__status">{t('loading', lang)}</p>}
      {page.status === 'unreachable' && <p class="popup__status popup__status--warn">{t('unreachable', lang)}</p>}
      {page.status === 'ready' && !page.snapshot.isArticle && (
        <p class="popup__status" data-testid="not-article">{t('notArticle', lang)}</p>
      )}
      {page.status === 'ready' && page.snapshot.isArticle && (
        <>
          <ArticleSummary metadata={page.snapshot.metadata} lang={lang} />
          <EntityList officials={page.snapshot.officials} documents={page.snapshot.documents} lang={lang} />
          <ClipForm snapshot={page.snapshot} lang={lang} />
        </>
      )}
      {page.status === 'ready' && (
        <>
          <UserHighlightList pageKey={page.snapshot.metadata.canonicalUrl} lang={lang} emptyHint={page.snapshot.isArticle} />
          <HighlightSwitch pageUrl={page.pageUrl} lang={lang} />
          <SiteAccess pageUrl={page.pageUrl} lang={lang} />
        </>
      )}
      <ClippingList lang={lang} />
    </main>
  );
}
