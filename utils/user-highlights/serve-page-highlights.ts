import { browser, type Browser } from 'wxt/browser';
import { describeError } from '../describe-error';
import { pickUiLang } from '../page-strings';
import { addUserHighlight } from '../db/add-user-highlight';
import { listUserHighlights } from '../db/list-user-highlights';
import { recordAnchoring, type AnchoringReport } from '../db/record-anchoring';
import { db as defaultDb, type TrichBaoDb } from '../db/trich-bao-db';
import type { UserHighlight } from '../db/user-highlight';
import { clipTabArticle } from './clip-tab-article';
import type { ClipOutcome, PageHighlight, UserHighlightDraft } from './payload-checks';
import { sameOrigin } from './same-origin';

/** The URL of the frame a message came from, as the browser (not the page) reports it. */
function senderUrl(sender: Browser.runtime.MessageSender): string | undefined {
  return sender.url ?? sender.tab?.url;
}

/**
 * A page's highlights a tab may see: those made on the tab's own origin. A page controls its
 * canonical link, so without this any site could name another site's address and have the
 * reader's highlights of it painted (and read back from `CSS.highlights`).
 */
async function visibleHighlights(db: TrichBaoDb, pageKey: string, sender: Browser.runtime.MessageSender): Promise<UserHighlight[]> {
  const url = senderUrl(sender);
  return (await listUserHighlights(db, pageKey)).filter((h) => sameOrigin(h.url, url));
}

/** `getUserHighlights`: what the tab needs to place and paint its highlights. */
export async function pageHighlightsFor(pageKey: string, sender: Browser.runtime.MessageSender, db: TrichBaoDb = defaultDb): Promise<PageHighlight[]> {
  return (await visibleHighlights(db, pageKey, sender)).map((h) => ({ id: h.id!, scope: h.scope, target: h.target }));
}

/** `reportAnchoring`: records the outcome for the highlights this tab may see, ignoring other ids. */
export async function recordTabAnchoring(report: AnchoringReport, sender: Browser.runtime.MessageSender, db: TrichBaoDb = defaultDb): Promise<void> {
  const allowed = new Set((await visibleHighlights(db, report.pageKey, sender)).map((h) => h.id));
  const keep = (ids: number[]) => ids.filter((id) => allowed.has(id));
  await recordAnchoring(db, { pageKey: report.pageKey, anchored: keep(report.anchored), orphans: keep(report.orphans) });
}

/** `saveUserHighlight`: stores the highlight with the sender's address, then clips the article if needed. */
export async function saveTabHighlight(draft: UserHighlightDraft, sender: Browser.runtime.MessageSender, db: TrichBaoDb = defaultDb): Promise<{ id: number; clip: ClipOutcome }> {
  const url = senderUrl(sender);
  const tabId = sender.tab?.id;
  if (!url || tabId === undefined) throw new Error('saveUserHighlight needs a tab');
  const saved = await addUserHighlight(db, { ...draft, url }).catch((error: unknown) => {
    // Only a message crosses to the page: make it the reader's (quota, private mode…).
    throw new Error(describeError(error, pickUiLang(browser.i18n.getUILanguage())));
  });
  // The highlight is kept even when clipping fails (e.g. the tab navigated away meanwhile).
  const clip = await clipTabArticle(tabId, draft.pageKey, db).catch((error: unknown) => {
    console.error('Trích Báo: clipping after a highlight failed', error);
    return 'failed' as const;
  });
  return { id: saved.id!, clip };
}
