import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { buildTextIndex } from '@/utils/dom/text-index';
import { rangeFromOffsets } from '@/utils/dom/range-from-offsets';
import type { DocumentRef, Official } from '@/utils/entities/types';
import { recognize } from '@/utils/entities/recognize';
import { highlightApi } from '@/utils/highlight/highlight-api';
import { HIGHLIGHT_NAMES } from '@/utils/highlight/highlight-names';
import type { UiLang } from '@/utils/i18n';
import { bodyMentions, type BodyMention, type MentionSource } from './body-mentions';
import { caretAtPoint } from '@/utils/hover/caret-at-point';
import { rangeCoversPoint } from './range-covers-point';
import { libraryHref } from './library-route';
import { lt } from './library-strings';
import { MarkdownView } from './MarkdownView';

/** Lets the side list bring a mention of an entity into view (keyboard users cannot hover). */
export type ShowMention = (key: string) => void;

/** Props of {@link EntityArticle}. */
export interface EntityArticleProps {
  markdown: string;
  officials: Official[];
  documents: DocumentRef[];
  lang: UiLang;
  /** Receives the function that scrolls to an entity's next mention and shows its card. */
  controller?: { current: ShowMention | null };
}

type Painted = BodyMention & { range: Range };
interface Card {
  mention: BodyMention;
  top: number;
  left: number;
}

/**
 * The clipped article with its officials and documents painted through the CSS Custom
 * Highlight API (the page's own DOM is never changed), and a small card naming the entity
 * under the pointer, with a link to its timeline.
 */
export function EntityArticle({ markdown, officials, documents, lang, controller }: EntityArticleProps) {
  const wrap = useRef<HTMLDivElement>(null);
  const painted = useRef<Painted[]>([]);
  const [source, setSource] = useState<MentionSource>('none');
  const [card, setCard] = useState<Card | null>(null);
  const entities = JSON.stringify([officials.map((o) => [o.key, o.mentions]), documents.map((d) => [d.key, d.mentions])]);

  useLayoutEffect(() => {
    const root = wrap.current?.querySelector('[data-testid="article-body"]');
    if (!root) return undefined;
    const index = buildTextIndex(root);
    const found = bodyMentions(index.text, { officials, documents }, recognize);
    painted.current = found.mentions
      .map((m) => ({ ...m, range: rangeFromOffsets(index, m.start, m.end) }))
      .filter((m): m is Painted => m.range !== null);
    setSource(found.source);
    const api = highlightApi(root.ownerDocument);
    if (!api) return undefined;
    for (const kind of ['official', 'document'] as const) {
      const highlight = new api.Highlight(...painted.current.filter((m) => m.kind === kind).map((m) => m.range));
      api.registry.set(HIGHLIGHT_NAMES[kind], highlight);
    }
    return () => {
      for (const kind of ['official', 'document'] as const) api.registry.delete(HIGHLIGHT_NAMES[kind]);
    };
  }, [markdown, entities]);

  const cardAt = (mention: Painted): Card | null => {
    const box = wrap.current?.getBoundingClientRect();
    // Ranges lack getBoundingClientRect in some DOMs (jsdom): the mention's element is close enough there.
    const rect = typeof mention.range.getBoundingClientRect === 'function'
      ? mention.range.getBoundingClientRect()
      : (mention.range.startContainer.parentElement ?? wrap.current!).getBoundingClientRect();
    return box ? { mention, top: rect.bottom - box.top + 4, left: Math.max(0, rect.left - box.left) } : null;
  };

  const onMove = (event: MouseEvent) => {
    if ((event.target as Element | null)?.closest?.('.entity-card')) return;
    const doc = wrap.current?.ownerDocument;
    const at = doc ? caretAtPoint(doc, event.clientX, event.clientY) : null;
    const hit = at ? painted.current.find((m) => safeInRange(m.range, at.node, at.offset) && rangeCoversPoint(m.range, event.clientX, event.clientY)) : undefined;
    if (hit === undefined) setCard(null);
    else if (card?.mention.start !== hit.start) setCard(cardAt(hit));
  };

  if (controller) {
    controller.current = (key) => {
      const mine = painted.current.filter((m) => m.key === key);
      if (mine.length === 0) return;
      // Each use moves to the next mention of the entity, wrapping around.
      const next = mine.find((m) => m.start > (card?.mention.key === key ? card.mention.start : -1)) ?? mine[0]!;
      next.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      setCard(cardAt(next));
    };
  }

  return (
    <div class="entity-article" ref={wrap} onMouseMove={onMove} onMouseLeave={() => setCard(null)} data-mentions={source}>
      <MarkdownView markdown={markdown} />
      {card && (
        <div class="entity-card" role="tooltip" data-testid="entity-card" style={{ top: `${card.top}px`, left: `${card.left}px` }}>
          <div class="entity-card__kind">{lt(card.mention.kind, lang)}</div>
          <strong data-testid="entity-card-name">{card.mention.name}</strong>
          {card.mention.detail && <div class="entity__detail">{card.mention.detail}</div>}
          <a href={libraryHref({ view: 'entity', key: card.mention.key })}>{lt('openTimeline', lang)}</a>
        </div>
      )}
    </div>
  );
}

/** isPointInRange, false instead of throwing for a node outside the range's document or tree. */
function safeInRange(range: Range, node: Node, offset: number): boolean {
  try {
    return range.isPointInRange(node, offset);
  } catch {
    return false;
  }
}
