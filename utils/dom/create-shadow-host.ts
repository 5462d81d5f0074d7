import { OWN_UI_ATTRIBUTE } from './text-index';

/**
 * An element for the extension's own UI in a page: marked as ours (never scanned), with a
 * closed shadow root holding `css`, so page styles cannot break it and page scripts cannot read it.
 * The caller appends the host where it belongs.
 */
export function createShadowHost(doc: Document, tagName: string, css: string): { host: HTMLElement; shadow: ShadowRoot } {
  const host = doc.createElement(tagName);
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = css;
  shadow.append(style);
  return { host, shadow };
}
