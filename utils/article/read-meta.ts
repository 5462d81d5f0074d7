/** `<meta>` contents keyed by lower-cased name, property or itemprop; the first non-empty value wins. */
export function readMeta(doc: Document): Map<string, string> {
  const meta = new Map<string, string>();
  const elements = Array.from(doc.getElementsByTagName('meta'));
  // RDFa `property` (which may list several names) is the more deliberate markup, so it is read first.
  const passes = [(el: Element) => (el.getAttribute('property') ?? '').split(/\s+/), (el: Element) => [el.getAttribute('name'), el.getAttribute('itemprop'), el.getAttribute('http-equiv')]];
  for (const keysOf of passes) {
    for (const el of elements) {
      const content = (el.getAttribute('content') ?? '').trim();
      if (!content) continue;
      for (const key of keysOf(el)) {
        const k = key?.trim().toLowerCase();
        if (k && !meta.has(k)) meta.set(k, content);
      }
    }
  }
  return meta;
}

/** The first of `keys` present in `meta`, or null. */
export function firstMeta(meta: Map<string, string>, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = meta.get(key);
    if (value) return value;
  }
  return null;
}
