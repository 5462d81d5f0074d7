import { browser, type Browser } from 'wxt/browser';
import type { PageSnapshot } from './article-snapshot';
import type { AnchoringReport } from './db/record-anchoring';
import {
  isAnchoringReport,
  isPageKeyRequest,
  isUserHighlightDraft,
  type ClipOutcome,
  type PageHighlight,
  type UserHighlightDraft,
} from './user-highlights/payload-checks';

/**
 * Every message between the extension's contexts, in one typed map (docs/style.md §9).
 * Key: message name; value: (payload) => reply.
 */
export interface ProtocolMap {
  /** Popup → content script: the article this tab shows, with its entities and HTML. */
  getArticleSnapshot(data: Record<string, never>): PageSnapshot;
  /** Content script → background: how many entities the article has, for the toolbar badge. */
  setBadgeCount(data: { count: number }): void;
  /** Background → content script (keyboard command): show the next or previous highlight's card. */
  stepHighlight(data: { direction: 1 | -1 }): boolean;
  /** Content script → background: how many saved clippings mention an entity (hover card). */
  countClippingsByEntity(data: { key: string }): number;
  /** Extension page → background: "Highlight & clip" the selection of a tab (what the context menu does). */
  highlightSelection(data: { tabId: number }): boolean;
  /** Background → content script: describe the reader's selection and ask for a note; false when nothing is selected. */
  captureUserHighlight(data: Record<string, never>): boolean;
  /** Content script → background: store a highlight (and clip its article if not clipped yet). */
  saveUserHighlight(data: UserHighlightDraft): { id: number; clip: ClipOutcome };
  /** Content script → background: the stored highlights of this page, to place and paint. */
  getUserHighlights(data: { pageKey: string }): PageHighlight[];
  /** Content script → background: which highlights could be placed, and which are orphans now. */
  reportAnchoring(data: AnchoringReport): void;
  /** Content script → background (the hover card's "clip" action): clip this tab's article unless `pageKey` is clipped. */
  clipArticle(data: { pageKey: string }): ClipOutcome;
  /** Content script → background: install the user-highlight tools (anchoring, note dialog) in this tab. */
  loadUserHighlightTools(data: Record<string, never>): boolean;
  /** Content script → background: install the recognizer in this tab (its content script found an article). */
  loadRecognizer(data: Record<string, never>): boolean;
}

/** Name of a message in the protocol. */
export type MessageType = keyof ProtocolMap;
type Payload<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
type Reply<K extends MessageType> = ReturnType<ProtocolMap[K]>;

/** The envelope every message travels in; anything else is ignored. */
interface Envelope<K extends MessageType = MessageType> {
  channel: 'trich-bao';
  type: K;
  data: Payload<K>;
}

/** Checks the shape of each payload: messages may come from page-influenced contexts. */
function isEmptyRequest(data: unknown): data is Record<string, never> {
  return typeof data === 'object' && data !== null && Object.keys(data).length === 0;
}

const payloadValidators: { [K in MessageType]: (data: unknown) => data is Payload<K> } = {
  getArticleSnapshot: (data): data is Record<string, never> =>
    typeof data === 'object' && data !== null && Object.keys(data).length === 0,
  setBadgeCount: (data): data is { count: number } =>
    typeof data === 'object' &&
    data !== null &&
    Number.isInteger((data as { count?: unknown }).count) &&
    (data as { count: number }).count >= 0 &&
    (data as { count: number }).count < 1_000_000,
  stepHighlight: (data): data is { direction: 1 | -1 } =>
    typeof data === 'object' && data !== null && [1, -1].includes((data as { direction?: unknown }).direction as number),
  countClippingsByEntity: (data): data is { key: string } =>
    typeof data === 'object' &&
    data !== null &&
    typeof (data as { key?: unknown }).key === 'string' &&
    (data as { key: string }).key.length > 0 &&
    (data as { key: string }).key.length <= 500,
  highlightSelection: (data): data is { tabId: number } =>
    typeof data === 'object' && data !== null && Number.isInteger((data as { tabId?: unknown }).tabId) && (data as { tabId: number }).tabId >= 0,
  captureUserHighlight: isEmptyRequest,
  saveUserHighlight: isUserHighlightDraft,
  getUserHighlights: isPageKeyRequest,
  reportAnchoring: isAnchoringReport,
  clipArticle: isPageKeyRequest,
  loadUserHighlightTools: isEmptyRequest,
  loadRecognizer: isEmptyRequest,
};

/** True when `message` is a well-formed envelope of type `type`. */
export function isMessage<K extends MessageType>(message: unknown, type: K): message is Envelope<K> {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Partial<Envelope>;
  return m.channel === 'trich-bao' && m.type === type && payloadValidators[type](m.data);
}

/** Sends a message to one tab's content script. */
export function sendToTab<K extends MessageType>(tabId: number, type: K, data: Payload<K>): Promise<Reply<K>> {
  const envelope: Envelope<K> = { channel: 'trich-bao', type, data };
  return browser.tabs.sendMessage(tabId, envelope) as Promise<Reply<K>>;
}

/** Sends a message to the background service worker. */
export function sendToBackground<K extends MessageType>(type: K, data: Payload<K>): Promise<Reply<K>> {
  const envelope: Envelope<K> = { channel: 'trich-bao', type, data };
  return browser.runtime.sendMessage(envelope) as Promise<Reply<K>>;
}

/** Who may send a message: our own extension pages, or our content script in a tab. */
export type SenderRule = 'extension-page' | 'content-script';

/** True when the sender is this extension, in the expected context. */
export function isTrustedSender(sender: Browser.runtime.MessageSender, rule: SenderRule): boolean {
  if (sender.id !== browser.runtime.id) return false;
  // Extension pages may run in a tab (the popup opened as a page), so judge by origin.
  const fromExtensionPage = (sender.url ?? '').startsWith(browser.runtime.getURL('/'));
  return rule === 'extension-page' ? fromExtensionPage : !fromExtensionPage && sender.tab?.id !== undefined;
}

/**
 * Answers messages of one type from trusted senders; everything else is ignored (not
 * answered), so another listener or the default "no receiver" applies. Returns an unsubscribe.
 */
export function onMessage<K extends MessageType>(
  type: K,
  rule: SenderRule,
  handler: (data: Payload<K>, sender: Browser.runtime.MessageSender) => Reply<K> | Promise<Reply<K>>,
): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender) => {
    if (!isMessage(message, type) || !isTrustedSender(sender, rule)) return undefined;
    return Promise.resolve(handler(message.data, sender));
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
