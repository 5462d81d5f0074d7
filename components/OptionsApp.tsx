import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sitePatterns } from '@/utils/permissions/site-pattern';
import { loadSiteList, resetSiteList, saveSiteList } from '@/utils/permissions/site-list-store';
import { grantedSitePatterns } from '@/utils/permissions/sync-content-scripts';
import { t, type UiLang } from '@/utils/i18n';

/** Props of {@link OptionsApp}. */
export interface OptionsAppProps {
  lang: UiLang;
  /** Where the editable site list is kept (the options page's localStorage). */
  storage: Storage;
}

/** Options: the editable list of news sites, one-click grant, and the sites allowed now. */
export function OptionsApp({ lang, storage }: OptionsAppProps) {
  const [text, setText] = useState(() => loadSiteList(storage).join('\n'));
  const [granted, setGranted] = useState<string[]>([]);
  const refresh = () => grantedSitePatterns().then(setGranted, () => setGranted([]));
  useEffect(() => {
    refresh();
  }, []);

  const lines = text.split('\n');
  const grantAll = async () => {
    saveSiteList(storage, lines);
    // Straight from the click: the browser asks the user once for the whole list.
    await browser.permissions.request({ origins: sitePatterns(lines) });
    await refresh();
  };
  const revoke = async (pattern: string) => {
    await browser.permissions.remove({ origins: [pattern] });
    await refresh();
  };

  return (
    <main class="popup options">
      <h1 class="popup__brand">
        {t('appName', lang)} — {t('options', lang)}
      </h1>
      <h3>{t('sitesTitle', lang)}</h3>
      <p class="muted">{t('sitesHelp', lang)}</p>
      <textarea
        rows={14}
        cols={40}
        value={text}
        onInput={(e) => {
          setText(e.currentTarget.value);
          saveSiteList(storage, e.currentTarget.value.split('\n'));
        }}
        data-testid="site-list"
      />
      <div class="clipping__actions">
        <button type="button" onClick={grantAll} data-testid="grant-all">
          {t('grantListed', lang)}
        </button>
        <button type="button" onClick={() => setText(resetSiteList(storage).join('\n'))}>
          {t('resetList', lang)}
        </button>
      </div>
      <h3>{t('grantedSites', lang)}</h3>
      {granted.length === 0 ? (
        <p class="muted">{t('noneGranted', lang)}</p>
      ) : (
        <ul data-testid="granted">
          {granted.map((p) => (
            <li key={p}>
              <code>{p}</code>{' '}
              <button type="button" class="danger" onClick={() => revoke(p)}>
                {t('revoke', lang)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
