// Parameters that only say where a click came from; they never change the page.
const TRACKING = /^(utm_\w+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|_ga|_gl|igshid|zarsrc|gidzl|ref_src|cmpid|ito|spm|vero_id|mkt_tok)$/i;

/** Resolves `href` against `base`, drops tracking parameters and the fragment; null when not an http(s) URL. */
export function cleanUrl(href: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  const tracking = Array.from(url.searchParams.keys()).filter((key) => TRACKING.test(key));
  // Only rewrite the query when needed: URLSearchParams re-encodes what it serialises.
  for (const key of tracking) url.searchParams.delete(key);
  url.hash = '';
  // URLSearchParams leaves a bare "?" behind once it is empty.
  return url.href.replace(/\?$/, '');
}
