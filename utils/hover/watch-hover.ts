import { caretAtPoint } from './caret-at-point';
import type { MentionEntry } from './mention-lookup';

/** Options for {@link watchHover}. */
export interface WatchHoverOptions {
  /** The mention under a caret position, or null. */
  mentionAt: (node: Node, offset: number) => MentionEntry | null;
  onEnter: (entry: MentionEntry, x: number, y: number) => void;
  onLeave: () => void;
  signal: AbortSignal;
}

/**
 * Follows the pointer and reports when it enters or leaves a mention. Highlights get no mouse
 * events, so this hit-tests the caret position, at most once per animation frame.
 */
export function watchHover(doc: Document, options: WatchHoverOptions): void {
  const view = doc.defaultView;
  if (!view) return;
  let pending = false;
  let x = 0;
  let y = 0;
  let current: MentionEntry | null = null;

  const check = () => {
    pending = false;
    const caret = caretAtPoint(doc, x, y);
    const entry = caret ? options.mentionAt(caret.node, caret.offset) : null;
    if (entry === current || (entry && current && entry.start === current.start && entry.entity === current.entity)) return;
    current = entry;
    if (entry) options.onEnter(entry, x, y);
    else options.onLeave();
  };

  view.addEventListener(
    'pointermove',
    (event) => {
      x = event.clientX;
      y = event.clientY;
      if (!pending) {
        pending = true;
        view.requestAnimationFrame(check);
      }
    },
    { passive: true, signal: options.signal },
  );
  view.addEventListener(
    'scroll',
    () => {
      if (!current) return;
      current = null;
      options.onLeave();
    },
    { passive: true, signal: options.signal, capture: true },
  );
}
