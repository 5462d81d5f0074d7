import { useEffect, useState } from 'preact/hooks';
import {
  highlightsAllowed,
  siteKey,
  withSiteHighlights,
  type HighlightSettings,
} from '@/utils/settings/highlight-settings';
import { readHighlightSettings, writeHighlightSettings } from '@/utils/settings/highlight-settings-item';
import { t, type UiLang } from '@/utils/i18n';

/** Props of {@link HighlightSwitch}. */
export interface HighlightSwitchProps {
  pageUrl: string;
  lang: UiLang;
}

/** Two switches: highlights on this site, and everywhere. Remembered; pages follow at once. */
export function HighlightSwitch({ pageUrl, lang }: HighlightSwitchProps) {
  const [settings, setSettings] = useState<HighlightSettings | null>(null);
  useEffect(() => {
    readHighlightSettings().then(setSettings, () => setSettings(null));
  }, []);
  if (!settings) return null;

  const save = async (next: HighlightSettings) => {
    setSettings(next);
    await writeHighlightSettings(next);
  };
  const site = siteKey(pageUrl);
  return (
    <section class="switches">
      {site && (
        <label>
          <input
            type="checkbox"
            checked={highlightsAllowed({ ...settings, enabled: true }, pageUrl)}
            onChange={(e) => save(withSiteHighlights(settings, pageUrl, e.currentTarget.checked))}
            data-testid="highlight-site"
          />{' '}
          {t('highlightSite', lang)} <strong>{site}</strong>
        </label>
      )}
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => save({ ...settings, enabled: e.currentTarget.checked })}
          data-testid="highlight-global"
        />{' '}
        {t('highlightEverywhere', lang)}
      </label>
    </section>
  );
}
