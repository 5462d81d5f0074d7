import type { AnchoringReport } from '../db/record-anchoring';
import { buildTextIndex, type TextIndex } from '../dom/text-index';
import { describeSelection } from './describe-selection';
import type { AskForNote } from './installed-note-dialog';
import type { NoteDialogText } from './note-dialog';
import { pageKey } from './page-key';
import { isPageKey, type ClipOutcome, type PageHighlight, type UserHighlightDraft } from './payload-checks';
import { placeHighlights } from './place-highlights';
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
  /** The note dialog (injected on demand), or null when it is missing: the passage is then saved without a note. */
  noteDialog: () => AskForNote | null;
  signal: AbortSignal;
}

/** Without the dialog the highlight is still kept, with an empty note. */
const withoutNote: AskForNote = async (_doc, _quote, _anchor, _text, save) => {
  await save('');
  return '';
};

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
    const placement = placeHighlights(cached.highlights, deps.article(), body);
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

  const finishCapture = async (range: Range, draft: Omit<UserHighlightDraft, 'pageKey' | 'note'>, key: string) => {
    const save = async (note: string) => {
      await deps.save({ ...draft, pageKey: key, note });
      cached = null;
    };
    // The dialog shows a failed save and stays open; the reader may retry or cancel.
    const ask = deps.noteDialog() ?? withoutNote;
    const note = await ask(doc, draft.target.selectors[1].exact, boxOf(range), deps.dialogText, save, deps.signal).catch(() => null);
    pending = null;
    if (note === null) paint();
    else await refresh();
  };

  return {
    refresh,
    capture() {
      const selection = doc.getSelection();
      const key = pageKey(doc, deps.url());
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !isPageKey(key)) return false;
      const range = selection.getRangeAt(0).cloneRange();
      const described = describeSelection(range, deps.article(), body);
      if (!described) return false;
      // The note field takes focus, which hides the selection: paint it meanwhile.
      pending = range;
      paint();
      void finishCapture(range, described.draft, key);
      return true;
    },
  };
}
