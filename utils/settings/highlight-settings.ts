/** Where highlights are shown: everywhere unless switched off globally or for a site. */
export interface HighlightSettings {
  enabled: boolean;
  /** Host names (without "www.") where the reader switched highlights off. */
  disabledSites: string[];
}

/** Highlights on everywhere. */
export const DEFAULT_HIGHLIGHT_SETTINGS: HighlightSettings = { enabled: true, disabledSites: [] };

/** The site key of a URL: its host name without "www.", or "" for non-http(s) pages. */
export function siteKey(url: string): string {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}

/** True when highlights should be painted on this page. */
export function highlightsAllowed(settings: HighlightSettings, url: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(url));
}

/** Settings with highlights switched on or off for one site. */
export function withSiteHighlights(settings: HighlightSettings, url: string, on: boolean): HighlightSettings {
  const site = siteKey(url);
  const others = settings.disabledSites.filter((s) => s !== site);
  return { ...settings, disabledSites: on || !site ? others : [...others, site] };
}

/** Accepts only well-formed settings (storage may hold anything an older version wrote). */
export function parseHighlightSettings(value: unknown): HighlightSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_HIGHLIGHT_SETTINGS;
  const v = value as Partial<HighlightSettings>;
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : true,
    disabledSites: Array.isArray(v.disabledSites) ? v.disabledSites.filter((s): s is string => typeof s === 'string') : [],
  };
}
