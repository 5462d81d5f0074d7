import { useEffect, useState } from 'preact/hooks';
import type { Clipping } from '@/utils/db/clipping';
import { requestPersistence } from '@/utils/db/request-persistence';
import { restoreClipping } from '@/utils/db/restore-clipping';
import { db } from '@/utils/db/trich-bao-db';
import { describeError } from '@/utils/describe-error';
import type { UiLang } from '@/utils/i18n';
import { ClippingBrowser, type BrowserState } from './ClippingBrowser';
import { ClippingView } from './ClippingView';
import { EntityIndex } from './EntityIndex';
import { EntityTimelineView } from './EntityTimelineView';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { libraryHref, parseLibraryRoute } from './library-route';
import { lt } from './library-strings';
import { UndoBar } from './UndoBar';

/** Props of {@link LibraryApp}. */
export interface LibraryAppProps {
  lang: UiLang;
  /** Where the route lives (`window.location`); tests hand in their own. */
  location: Pick<Location, 'hash'>;
  /** Asks for persistent storage; defaults to `navigator.storage`. */
  persist?: () => Promise<string>;
}

/** The library tab: the clipping list, the entity index, entity timelines and single clippings, routed by the hash. */
export function LibraryApp({ lang, location, persist = () => requestPersistence() }: LibraryAppProps) {
  const [route, setRoute] = useState(() => parseLibraryRoute(location.hash));
  const [browser, setBrowser] = useState<BrowserState>({ search: '', sort: 'clipped', filter: {}, page: 0 });
  const [deleted, setDeleted] = useState<Clipping | null>(null);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [persistNote, setPersistNote] = useState(false);

  useEffect(() => {
    const onHash = () => setRoute(parseLibraryRoute(location.hash));
    window.addEventListener('hashchange', onHash);
    // Once per page load: best-effort storage may be evicted silently under disk pressure.
    persist().then((state) => {
      if (state === 'denied') setPersistNote(true);
    }, () => undefined);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const go = (hash: string) => {
    window.location.hash = hash;
  };
  const undo = async () => {
    if (!deleted) return;
    try {
      const restored = await restoreClipping(db, deleted);
      setMessage(restored ? null : { ok: false, text: lt('undoFailed', lang) });
      setDeleted(null);
      if (restored && deleted.id !== undefined) go(libraryHref({ view: 'clipping', id: deleted.id }));
    } catch (error) {
      // Kept for another try: nothing is lost when the disk is full.
      setMessage({ ok: false, text: describeError(error, lang) });
    }
  };

  return (
    <div class="library">
      <header class="library__header">
        <h1 class="popup__brand">{lt('title', lang)}</h1>
        <nav class="library__nav">
          <a href={libraryHref({ view: 'list' })} aria-current={route.view === 'list' ? 'page' : undefined} data-testid="nav-list">{lt('navClippings', lang)}</a>
          <a href={libraryHref({ view: 'entities' })} aria-current={route.view === 'entities' ? 'page' : undefined} data-testid="nav-entities">{lt('navEntities', lang)}</a>
          <a href={libraryHref({ view: 'transfer' })} aria-current={route.view === 'transfer' ? 'page' : undefined} data-testid="nav-transfer">{lt('navTransfer', lang)}</a>
        </nav>
      </header>
      {deleted && <UndoBar title={deleted.title} onUndo={undo} lang={lang} />}
      {persistNote && <p class="muted" data-testid="persist-note">{lt('persistDenied', lang)}</p>}
      {message && <p role="alert" class={message.ok ? 'ok' : 'error'} data-testid="library-message">{message.text}</p>}
      <main>
        {route.view === 'list' && <ClippingBrowser state={browser} onState={setBrowser} lang={lang} />}
        {route.view === 'entities' && <EntityIndex lang={lang} />}
        {route.view === 'transfer' && (
          <>
            <ExportPanel lang={lang} selection={browser} />
            <ImportPanel lang={lang} />
          </>
        )}
        {route.view === 'entity' && (
          <EntityTimelineView
            entityKey={route.key} lang={lang}
            onFilter={(key) => {
              setBrowser({ ...browser, page: 0, filter: { entityKey: key } });
              go(libraryHref({ view: 'list' }));
            }}
          />
        )}
        {route.view === 'clipping' && (
          <ClippingView
            id={route.id} lang={lang}
            onDeleted={(c) => {
              setDeleted(c);
              go(libraryHref({ view: 'list' }));
            }}
            onError={(text) => setMessage({ ok: false, text })}
          />
        )}
      </main>
    </div>
  );
}
