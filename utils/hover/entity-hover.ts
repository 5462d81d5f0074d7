import type { TextIndex } from '../dom/text-index';
import { rangeFromOffsets } from '../dom/range-from-offsets';
import type { Recognition } from '../entities/types';
import { pageString as t, type PageStringKey, type UiLang } from '../page-strings';
import type { ClipOutcome } from '../user-highlights/payload-checks';
import { createHoverCard } from './hover-card';
import { entityCardLines } from './entity-card-lines';
import type { MentionEntry, MentionLookup } from './mention-lookup';
import { watchHover } from './watch-hover';

/** What the hover feature needs to know about the current article. */
export interface HoverSource {
  /**
   * The current scan, or null when the page has no article; it finds the mention under a caret
   * itself (an article's blocks), so hovering a live page never rebuilds a whole-page index.
   */
  current(): { index: TextIndex; recognition: Recognition; mentionAt: MentionLookup } | null;
  /** How many saved clippings mention an entity (may fail: the card then omits the line). */
  savedCount(key: string): Promise<number>;
  /** The card's "clip this article" action; no button when absent. */
  clip?: () => Promise<ClipOutcome>;
  lang: UiLang;
}

/** Shows an entity's card on demand (keyboard stepping). */
export interface EntityCards {
  /** Shows the card of a mention, scrolling it into view; false when it cannot be placed. */
  show(entry: MentionEntry, scroll?: boolean): boolean;
  hide(): void;
}

/** Shows a card with an entity's details when the pointer rests on its highlight. */
export function enableEntityHover(doc: Document, source: HoverSource, signal: AbortSignal): EntityCards {
  const card = createHoverCard(doc);
  signal.addEventListener('abort', () => card.remove(), { once: true });
  let shownKey: string | null = null;

  watchHover(doc, {
    signal,
    mentionAt(node, offset) {
      const scan = source.current();
      if (!scan) return null;
      return scan.mentionAt(node, offset);
    },
    onEnter(entry) {
      show(entry, false);
    },
    onLeave() {
      // The pointer may be on its way to the card's button: the card stays while it is pointed at.
      if (!card.pointed()) shownKey = null;
      card.hide();
    },
  });

  const OUTCOME: Record<ClipOutcome, PageStringKey> = {
    created: 'clipCreated', existing: 'clipExisting', 'not-article': 'notArticle', failed: 'clipFailed',
  };
  const clip = source.clip;
  const action = clip && {
    label: t('clipFromCard', source.lang),
    run: () => clip().then((outcome) => t(OUTCOME[outcome], source.lang), () => t('clipFailed', source.lang)),
  };

  function show(entry: MentionEntry, scroll: boolean): boolean {
    const scan = source.current();
    // Reading `recognition` brings the entity's mentions (the card's count) up to date.
    const range = scan && scan.recognition && rangeFromOffsets(scan.index, entry.start, entry.end);
    if (!range) return false;
    if (scroll) range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const rect = range.getBoundingClientRect();
    shownKey = entry.entity.key;
    card.show(entityCardLines(entry.entity, source.lang), rect, action, scroll);
    source.savedCount(entry.entity.key).then(
      (count) => {
        if (shownKey === entry.entity.key) card.show(entityCardLines(entry.entity, source.lang, count), rect, action, scroll);
      },
      () => undefined,
    );
    return true;
  }

  return {
    show,
    hide() {
      shownKey = null;
      card.hide();
    },
  };
}
