// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EntityArticle, type ShowMention } from '../../../components/library/EntityArticle';
import type { DocumentRef, Official } from '../../../utils/entities/types';

/** A stand-in for the CSS Custom Highlight API, which jsdom lacks: keeps the ranges it is given. */
class FakeHighlight {
  priority = 0;
  ranges: Range[];
  constructor(...ranges: Range[]) {
    this.ranges = ranges;
  }
}

const MARKDOWN = '## Họp Tỉnh ủy\n\nBí thư Tỉnh ủy **Hà Văn Tùng** chủ trì, triển khai Nghị quyết số 12-NQ/TU.\n\nÔng Tùng đề nghị các sở vào cuộc.';
// Offsets into a different text (what the recognizer read on the page): they do not fit the rendered article.
// Keys as the recognizer makes them, so its second reading on the rendered text matches the stored entities.
const official: Official = { kind: 'official', key: 'official:hà văn tùng', name: 'Hà Văn Tùng', titles: ['Bí thư Tỉnh ủy'], ranks: [], mentions: [{ start: 0, end: 11, surface: 'Hà Văn Tùng' }] };
const documentRef: DocumentRef = {
  kind: 'document', key: 'document:12-nq/tu', surface: 'Nghị quyết số 12-NQ/TU', type: 'Nghị quyết', number: '12', symbol: 'NQ/TU',
  year: null, date: null, issuer: null, term: null, mentions: [{ start: 3, end: 25, surface: 'Nghị quyết số 12-NQ/TU' }],
};

let root: HTMLElement;
let registry: Map<string, FakeHighlight>;
beforeEach(() => {
  registry = new Map();
  Object.assign(window, { CSS: { highlights: registry }, Highlight: FakeHighlight });
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('components/library/EntityArticle', () => {
  it('paints the clipping\'s official and document inside the rendered article, re-recognizing when stored offsets do not fit', async () => {
    render(<EntityArticle markdown={MARKDOWN} officials={[official]} documents={[documentRef]} lang="vi" />, root);
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('.entity-article')!.getAttribute('data-mentions')).toBe('recognized');
    expect(registry.get('trichbao-official')!.ranges.map(String)).toContain('Hà Văn Tùng');
    expect(registry.get('trichbao-document')!.ranges.map(String)).toEqual(['Nghị quyết số 12-NQ/TU']);
    // The article's DOM is untouched: no <mark>, just ranges.
    expect(root.querySelector('mark')).toBeNull();
  });

  it('removes its highlights when the view goes away', () => {
    render(<EntityArticle markdown={MARKDOWN} officials={[official]} documents={[documentRef]} lang="vi" />, root);
    render(null, root);
    expect([...registry.keys()]).toEqual([]);
  });

  it('shows a card with the entity\'s kind and name when the side list asks for a mention', async () => {
    const controller: { current: ShowMention | null } = { current: null };
    Element.prototype.scrollIntoView ??= () => undefined;
    render(<EntityArticle markdown={MARKDOWN} officials={[official]} documents={[documentRef]} lang="en" controller={controller} />, root);
    controller.current!('document:12-nq/tu');
    await new Promise((r) => setTimeout(r, 0));
    const card = root.querySelector('[data-testid="entity-card"]')!;
    expect(card.textContent).toContain('Document');
    expect(card.textContent).toContain('Nghị quyết số 12-NQ/TU');
    expect(card.querySelector('a')!.getAttribute('href')).toContain('12-nq');
  });
});
