/** One object from a JSON-LD block (schema.org node), loosely typed: pages put anything there. */
export type JsonLdNode = Record<string, unknown>;

// schema.org types that mean "this page is one article" (https://schema.org/Article subtypes).
const ARTICLE_TYPE =
  /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|TechArticle|AdvertiserContentArticle)$/i;

/** Parses JSON that pages often break: CDATA wrappers, trailing commas, raw newlines in strings. */
function parseLoose(text: string): unknown {
  const stripped = text.replace(/^\s*(<!--)?\s*(<!\[CDATA\[)?/, '').replace(/(\]\]>)?\s*(-->)?\s*$/, '');
  try {
    return JSON.parse(stripped);
  } catch {
    try {
      const repaired = stripped
        // Raw control characters (newlines inside strings) are the most common breakage.
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f]+/g, ' ')
        .replace(/,\s*([}\]])/g, '$1');
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function flatten(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 4) return;
  if (Array.isArray(value)) {
    for (const item of value) flatten(item, out, depth + 1);
  } else if (isNode(value)) {
    out.push(value);
    if (Array.isArray(value['@graph'])) flatten(value['@graph'], out, depth + 1);
  }
}

/** Every JSON-LD node on the page, arrays and `@graph` flattened; broken blocks are skipped. */
export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    flatten(parseLoose(script.textContent ?? ''), out);
  }
  return out;
}

/** The `@type` values of a node, as a list (schema.org allows a string or an array). */
export function jsonLdTypes(node: JsonLdNode): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

/** The first JSON-LD node whose type is an article type, or null. */
export function findJsonLdArticle(doc: Document): JsonLdNode | null {
  return readJsonLd(doc).find((node) => jsonLdTypes(node).some((t) => ARTICLE_TYPE.test(t))) ?? null;
}

/** A string property, or the `name` of an object property (`author: {name}`), trimmed; null when absent. */
export function jsonLdText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isNode(value)) return jsonLdText(value['name']);
  return null;
}

/** Names from a property that may be a string, an object or an array of either (authors). */
export function jsonLdNames(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(jsonLdText).filter((n): n is string => n !== null);
}
