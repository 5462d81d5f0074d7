import type { AnchoringReport } from '../db/record-anchoring';
import { buildTextIndex, type TextIndex } from '../dom/text-index';
import type { UserHighlightTools } from './installed-tools';
import type { NoteDialogText } from './note-dialog';
import { pageKey } from './page-key';
import { isPageKey, type ClipOutcome, type PageHighlight, type UserHighlightDraft } from './payload-checks';
import { createUserHighlightPainter } from './user-highlight-painter';

/** What {@link createPageUserHighlights} needs from its context (the content script passes messaging in). */
export interface PageUserHighlightsDeps {
  doc: Document;
  url: () => string;
  /** The article's text index as the entity highlighter last scanned it, or null. */
  article: () => TextIndex | null;
  fetch: (pageKey: string) => Promise<PageHighlight[]>;
  save: (draft: UserHighlightDraft) => Promise<{ id: number; clip: ClipOutcome }>;
  report: (report: AnchoringReport) => Promise<void>;
  dialogText: NoteDialogText;
  /** The anchoring, selection and note tools if they are installed in this tab (injected on demand). */
  tools: () => UserHighlightTools | null;
  /** Asks for the tools to be installed (the background injects them); false when that failed. */
  loadTools: () => Promise<boolean>;
  signal: AbortSignal;
}

/** The reader's highlights on one page: placed again after every scan, and made from the selection. */
export interface PageUserHighlights {
  /** Places and paints the page's stored highlights again; asks the store once per page address. */
  refresh(): Promise<void>;
  /** Takes the current selection and asks for a note; false when nothing readable is selected. */
  capture(): boolean;
}

/** Where the selection shows, to put the note dialog next to it; null when it has no box. */
function boxOf(range: Range): DOMRect | null {
  const rect = typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : null;
  return rect && (rect.width > 0 || rect.height > 0) ? rect : null;
}

/** Starts user highlighting on `deps.doc`; every user highlight goes when `deps.signal` aborts. */
export function createPageUserHighlights(deps: PageUserHighlightsDeps): PageUserHighlights {
  const { doc } = deps;
  const painter = createUserHighlightPainter(doc);
  const body = (): TextIndex => (doc.body ? buildTextIndex(doc.body) : { text: '', nodes: [], starts: [] });
  let cached: { key: string; highlights: PageHighlight[] } | null = null;
  let placed: Range[] = [];
  let pending: Range | null = null;
  let lastReport = '';
  let generation = 0;
  deps.signal.addEventListener('abort', () => painter.clear(), { once: true });

  const paint = () => {
    if (deps.signal.aborted) return;
    painter.paint(pending ? [...placed, pending] : placed);
  };

  const refresh = async (): Promise<void> => {
    const mine = ++generation;
    const key = pageKey(doc, deps.url());
    if (!isPageKey(key)) return;
    if (cached?.key !== key) {
      const highlights = await deps.fetch(key).catch(() => null);
      if (mine !== generation || deps.signal.aborted) return;
      // The store could not answer (worker restarting): try again after the next scan.
      if (!highlights) return;
      cached = { key, highlights };
    }
    // Most pages have no highlights of the reader's: they never load the anchoring code.
    if (cached.highlights.length === 0 && placed.length === 0) return;
    let tools = deps.tools();
    if (!tools && cached.highlights.length > 0) {
      if (!(await deps.loadTools().catch(() => false)) || mine !== generation || deps.signal.aborted) return;
      tools = deps.tools();
    }
    const placement = tools ? tools.placeHighlights(cached.highlights, deps.article(), body) : { ranges: [], anchored: [], orphans: [] };
    placed = placement.ranges;
    paint();
    const report: AnchoringReport = { pageKey: key, anchored: placement.anchored, orphans: placement.orphans };
    const signature = JSON.stringify(report);
    // Told only when something changed: rescans of an unchanged page write nothing.
    if (cached.highlights.length > 0 && signature !== lastReport) {
      lastReport = signature;
      await deps.report(report).catch(() => (lastReport = ''));
    }
  };

  const finishCapture = async (tools: UserHighlightTools, range: Range, draft: Omit<UserHighlightDraft, 'pageKey' | 'note'>, key: string) => {
    const save = async (note: string) => {
      await deps.save({ ...draft, pageKey: key, note });
      cached = null;
    };
    // The dialog shows a failed save and stays open; the reader may retry or cancel.
    const note = await tools.askForNote(doc, draft.target.selectors[1].exact, boxOf(range), deps.dialogText, save, deps.signal);
    pending = null;
    if (note === null) paint();
    else await refresh();
  };

  return {
    refresh,
    capture() {
      // "Highlight & clip" installs the tools before it asks for the selection.
      const tools = deps.tools();
      const selection = doc.getSelection();
      const key = pageKey(doc, deps.url());
      if (!tools || !selection || selection.rangeCount === 0 || selection.isCollapsed || !isPageKey(key)) return false;
      const range = selection.getRangeAt(0).cloneRange();
      const described = tools.describeSelection(range, deps.article(), body);
      if (!described) return false;
      // The note field takes focus, which hides the selection: paint it meanwhile.
      pending = range;
      paint();
      void finishCapture(tools, range, described.draft, key);
      return true;
    },
  };
}
