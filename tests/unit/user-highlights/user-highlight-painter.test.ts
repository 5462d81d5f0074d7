// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { rangeFromOffsets } from '../../../utils/dom/range-from-offsets';
import { createUserHighlightPainter } from '../../../utils/user-highlights/user-highlight-painter';

function page(): { root: HTMLElement; before: string } {
  const root = document.createElement('div');
  const p = document.createElement('p');
  p.append('Quốc hội thông qua ', Object.assign(document.createElement('b'), { textContent: 'Luật Đất đai' }), ' sửa đổi.');
  root.append(p);
  document.body.replaceChildren(root);
  return { root, before: document.body.innerHTML };
}

const range = (root: HTMLElement, quote: string) => {
  const index = buildTextIndex(root);
  const at = index.text.indexOf(quote);
  return rangeFromOffsets(index, at, at + quote.length)!;
};

describe('utils/user-highlights/user-highlight-painter', () => {
  it('without the Highlight API, wraps ranges in user marks and removes them leaving the page as it was', () => {
    const { root, before } = page();
    const painter = createUserHighlightPainter(document);
    painter.paint([range(root, 'thông qua Luật Đất'), range(root, 'sửa đổi')]);
    const marks = [...document.querySelectorAll('mark[data-trichbao-mark="user"]')].map((m) => m.textContent);
    expect(marks.join('|')).toBe('thông qua |Luật Đất|sửa đổi');
    expect([...document.querySelectorAll('mark')].map((m) => m.className)).toEqual(['trichbao-user', 'trichbao-user', 'trichbao-user']);
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(root.firstChild!.childNodes).toHaveLength(3);
  });

  it('repaints by replacing the previous marks', () => {
    const { root } = page();
    const painter = createUserHighlightPainter(document);
    painter.paint([range(root, 'Quốc hội')]);
    painter.paint([range(root, 'sửa đổi')]);
    expect([...document.querySelectorAll('mark[data-trichbao-mark="user"]')].map((m) => m.textContent)).toEqual(['sửa đổi']);
  });

  it('leaves entity marks alone when it clears', () => {
    const { root } = page();
    const entity = document.createElement('mark');
    entity.setAttribute('data-trichbao-mark', 'official');
    entity.textContent = 'x';
    root.append(entity);
    const painter = createUserHighlightPainter(document);
    painter.paint([range(root, 'Quốc hội')]);
    painter.clear();
    expect(document.querySelectorAll('mark[data-trichbao-mark]')).toHaveLength(1);
  });
});
