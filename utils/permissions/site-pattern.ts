/**
 * The match pattern that grants one site, subdomains included (`https://www.bao.vn/x` →
 * `*://*.bao.vn/*`), or null for pages that are not http(s).
 */
export function sitePattern(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.replace(/^www\./, '');
  // IP addresses and single-label hosts (localhost) cannot take a "*." prefix.
  const plain = /^[\d.]+$/.test(host) || host.startsWith('[') || !host.includes('.');
  return plain ? `*://${host}/*` : `*://*.${host}/*`;
}

/** Match patterns for a list of domains or URLs typed by the user; invalid lines are dropped. */
export function sitePatterns(lines: string[]): string[] {
  const out = new Set<string>();
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed || trimmed.startsWith('#')) continue;
    const pattern = sitePattern(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
    if (pattern) out.add(pattern);
  }
  return [...out];
}
