import { createShadowHost } from '../dom/create-shadow-host';
import type { CardLines } from './entity-card-lines';

/** A button on the card: its label, and what it does (resolving to a status line shown in its place). */
export interface CardAction {
  label: string;
  run: () => Promise<string>;
}

/** A card next to a highlight, in a closed shadow root so page CSS and scripts cannot reach it. */
export interface HoverCard {
  /** Shows the lines (and the action's button) by `anchor`; `focus` moves the keyboard to the button. */
  show(lines: CardLines, anchor: DOMRect, action?: CardAction, focus?: boolean): void;
  /** Hides the card soon, unless the pointer moves onto it (to reach its button) meanwhile. */
  hide(): void;
  /** Whether the pointer is on the card now. */
  pointed(): boolean;
  remove(): void;
}

/** How long a card outlives its highlight, so the pointer can cross the gap to the button. */
const HIDE_DELAY_MS = 300;

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 340px; padding: 8px 10px; border-radius: 6px;
  font: 13px/1.4 system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; color: #1f2937; background: #fffdf7;
  border: 1px solid #d6b25e; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
button { margin-top: 6px; font: inherit; font-weight: 600; color: #fff; background: #b45309; border: 0; border-radius: 4px;
  padding: 3px 10px; cursor: pointer; }
button:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
button:disabled { opacity: .6; cursor: progress; }
.status { margin-top: 6px; font-weight: 600; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #92400e; }
.heading { font-weight: 600; margin: 2px 0 4px; }
ul { margin: 0; padding-left: 16px; }
@media (prefers-color-scheme: dark) { .card { color: #f3f4f6; background: #1f2937; border-color: #b45309; } .kind { color: #fbbf24; } }
`;

/** Creates the card lazily: the page DOM gets its host element only when a card is first shown. */
export function createHoverCard(doc: Document = document): HoverCard {
  let host: HTMLElement | null = null;
  let card: HTMLElement | null = null;
  let onCard = false;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const cancelHide = () => clearTimeout(hideTimer);
  const hideNow = () => {
    cancelHide();
    if (card) card.hidden = true;
  };

  const ensure = (): HTMLElement => {
    if (card && host?.isConnected) return card;
    const made = createShadowHost(doc, 'trich-bao-card', CARD_CSS);
    host = made.host;
    card = doc.createElement('div');
    card.className = 'card';
    // A dialog, not a tooltip: it holds a button (ARIA tooltips hold no interactive content).
    card.setAttribute('role', 'dialog');
    // Announced when keyboard stepping opens a card.
    card.setAttribute('aria-live', 'polite');
    card.addEventListener('pointerenter', () => { onCard = true; cancelHide(); });
    card.addEventListener('pointerleave', () => { onCard = false; hideNow(); });
    card.addEventListener('keydown', (event) => { if (event.key === 'Escape') hideNow(); });
    made.shadow.append(card);
    doc.documentElement.append(host);
    return card;
  };

  return {
    show(lines, anchor, action, focus = false) {
      cancelHide();
      const el = ensure();
      const kind = doc.createElement('div');
      kind.className = 'kind';
      kind.textContent = lines.kind;
      const heading = doc.createElement('div');
      heading.className = 'heading';
      heading.textContent = lines.heading;
      const list = doc.createElement('ul');
      for (const line of lines.lines) {
        const li = doc.createElement('li');
        li.textContent = line;
        list.append(li);
      }
      el.replaceChildren(kind, heading, list);
      el.setAttribute('aria-label', `${lines.kind}: ${lines.heading}`);
      if (action) el.append(actionButton(doc, action));
      el.hidden = false;
      const view = doc.defaultView;
      const below = anchor.bottom + 6;
      const top = view && below + 160 > view.innerHeight ? Math.max(4, anchor.top - 6 - el.offsetHeight) : below;
      el.style.top = `${top}px`;
      el.style.left = `${Math.max(4, Math.min(anchor.left, (view?.innerWidth ?? 800) - 350))}px`;
      if (focus) el.querySelector('button')?.focus({ preventScroll: true });
    },
    hide() {
      cancelHide();
      if (!onCard) hideTimer = setTimeout(hideNow, HIDE_DELAY_MS);
    },
    pointed: () => onCard,
    remove() {
      cancelHide();
      host?.remove();
      host = card = null;
    },
  };
}

/** The card's button: runs its action once, then shows the outcome as text in its place. */
function actionButton(doc: Document, action: CardAction): HTMLButtonElement {
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = action.label;
  button.addEventListener('click', () => {
    button.disabled = true;
    const done = (text: string) => {
      const status = doc.createElement('div');
      status.className = 'status';
      status.setAttribute('role', 'status');
      status.textContent = text;
      button.replaceWith(status);
    };
    action.run().then(done, () => done(''));
  });
  return button;
}
