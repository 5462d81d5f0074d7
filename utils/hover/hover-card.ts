import { createShadowHost } from '../dom/create-shadow-host';
import type { CardLines } from './entity-card-lines';

/** A card next to a highlight, in a closed shadow root so page CSS and scripts cannot reach it. */
export interface HoverCard {
  show(lines: CardLines, anchor: DOMRect): void;
  hide(): void;
  remove(): void;
}

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 340px; padding: 8px 10px; border-radius: 6px;
  font: 13px/1.4 system-ui, 'Segoe UI', Roboto, 'Noto Sans', sans-serif; color: #1f2937; background: #fffdf7;
  border: 1px solid #d6b25e; box-shadow: 0 4px 16px rgba(0,0,0,.18); pointer-events: none; }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #92400e; }
.heading { font-weight: 600; margin: 2px 0 4px; }
ul { margin: 0; padding-left: 16px; }
@media (prefers-color-scheme: dark) { .card { color: #f3f4f6; background: #1f2937; border-color: #b45309; } .kind { color: #fbbf24; } }
`;

/** Creates the card lazily: the page DOM gets its host element only when a card is first shown. */
export function createHoverCard(doc: Document = document): HoverCard {
  let host: HTMLElement | null = null;
  let card: HTMLElement | null = null;

  const ensure = (): HTMLElement => {
    if (card && host?.isConnected) return card;
    const made = createShadowHost(doc, 'trich-bao-card', CARD_CSS);
    host = made.host;
    card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    // Announced when keyboard stepping opens a card.
    card.setAttribute('aria-live', 'polite');
    made.shadow.append(card);
    doc.documentElement.append(host);
    return card;
  };

  return {
    show(lines, anchor) {
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
      el.hidden = false;
      const view = doc.defaultView;
      const below = anchor.bottom + 6;
      const top = view && below + 160 > view.innerHeight ? Math.max(4, anchor.top - 6 - el.offsetHeight) : below;
      el.style.top = `${top}px`;
      el.style.left = `${Math.max(4, Math.min(anchor.left, (view?.innerWidth ?? 800) - 350))}px`;
    },
    hide() {
      if (card) card.hidden = true;
    },
    remove() {
      host?.remove();
      host = card = null;
    },
  };
}
