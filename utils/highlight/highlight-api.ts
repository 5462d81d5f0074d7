/** The CSS Custom Highlight API of a document's window, or null where the browser lacks it. */
export interface HighlightApi {
  registry: Map<string, unknown>;
  Highlight: new (...ranges: Range[]) => { priority: number };
}

/** Finds the Highlight API for `doc` (painters fall back to `<mark>` when this is null). */
export function highlightApi(doc: Document): HighlightApi | null {
  const win = doc.defaultView as unknown as { CSS?: { highlights?: Map<string, unknown> }; Highlight?: HighlightApi['Highlight'] } | null;
  const registry = win?.CSS?.highlights;
  const Highlight = win?.Highlight;
  return registry && Highlight ? { registry, Highlight } : null;
}
