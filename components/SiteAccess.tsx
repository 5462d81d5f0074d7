import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { sitePattern } from '@/utils/permissions/site-pattern';
import { t, type UiLang } from '@/utils/i18n';

/** Props of {@link SiteAccess}. */
export interface SiteAccessProps {
  /** URL of the page in the target tab. */
  pageUrl: string;
  lang: UiLang;
}

/**
 * Turns automatic highlighting on or off for the current site by granting or revoking its
 * optional host permission; the background then (un)registers the content script.
 */
export function SiteAccess({ pageUrl, lang }: SiteAccessProps) {
  const pattern = sitePattern(pageUrl);
  const [granted, setGranted] = useState<boolean | null>(null);

  useEffect(() => {
    if (!pattern) return;
    browser.permissions.contains({ origins: [pattern] }).then(setGranted, () => setGranted(false));
  }, [pattern]);

  if (!pattern || granted === null) return null;
  const toggle = async () => {
    // Must run straight from the click: permission requests need a user gesture.
    const ok = granted
      ? await browser.permissions.remove({ origins: [pattern] })
      : await browser.permissions.request({ origins: [pattern] });
    if (ok) setGranted(!granted);
  };
  const host = pattern.replace(/^\*:\/\/(\*\.)?/, '').replace(/\/\*$/, '');
  return (
    <section class="site-access">
      <p class="muted">
        {granted ? t('autoOn', lang) : t('autoOff', lang)} <strong>{host}</strong>
      </p>
      <button type="button" onClick={toggle} data-testid="site-access">
        {granted ? t('autoDisable', lang) : t('autoEnable', lang)}
      </button>
    </section>
  );
}
