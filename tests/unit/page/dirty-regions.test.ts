// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { dirtyRegions } from '../../../utils/page/dirty-regions';

/** Runs `change` on a fresh article and returns the regions its mutation records make dirty. */
async function regionsAfter(change: (root: HTMLElement) => void) {
  document.body.innerHTML = '<aside><p id="ad">Quảng cáo</p></aside><article><h1>Tin</h1><p id="a">Đoạn <b>một</b></p><p id="b">Đoạn hai</p></article>';
  const root = document.querySelector('article')!;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((r) => records.push(...r));
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  change(root);
  await Promise.resolve();
  records.push(...observer.takeRecords());
  observer.disconnect();
  const found = dirtyRegions(records, root, (n) => n.nodeType === 1 && (n as Element).hasAttribute('data-own'));
  return { regions: found.regions.map((r) => r.id || r.tagName.toLowerCase()), removed: found.removed.length };
}

describe('utils/page/dirty-regions', () => {
  it.each([
    ['a text edit inside a paragraph', (root: HTMLElement) => ((root.querySelector('b')!.firstChild as Text).data = 'ba'), ['a'], 0],
    ['an inline element added to a paragraph', (root: HTMLElement) => root.querySelector('#b')!.append(document.createElement('i')), ['b'], 0],
    ['a paragraph appended to the article', (root: HTMLElement) => root.append(Object.assign(document.createElement('p'), { id: 'c' })), ['c'], 0],
    ['a card of paragraphs appended', (root: HTMLElement) => {
      const card = Object.assign(document.createElement('section'), { id: 'card' });
      card.append(document.createElement('p'), document.createElement('p'));
      root.append(card);
    }, ['card'], 0],
    ['a paragraph removed', (root: HTMLElement) => root.querySelector('#b')!.remove(), [], 1],
    ['the inline text of a paragraph replaced', (root: HTMLElement) => (root.querySelector('#a')!.textContent = 'mới'), ['a'], 2],
    ['a change outside the article', () => (document.querySelector('#ad')!.textContent = 'khác'), [], 1],
  ])('%s', async (_name, change, regions, removed) => {
    const got = await regionsAfter(change);
    expect(got.regions).toEqual(regions);
    expect(got.removed).toBe(removed);
  });

  it('keeps only the outermost of nested dirty regions', async () => {
    const got = await regionsAfter((root) => {
      const card = Object.assign(document.createElement('div'), { id: 'card' });
      root.append(card);
      const p = document.createElement('p');
      card.append(p);
      p.append('Nội dung');
    });
    expect(got.regions).toEqual(['card']);
  });

  it('ignores nodes the extension itself added', async () => {
    const got = await regionsAfter((root) => {
      const own = document.createElement('div');
      own.setAttribute('data-own', '');
      root.append(own);
    });
    expect(got).toEqual({ regions: [], removed: 0 });
  });
});
