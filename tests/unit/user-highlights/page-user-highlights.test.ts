// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnchoringReport } from '../../../utils/db/record-anchoring';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { createPageUserHighlights, type PageUserHighlightsDeps } from '../../../utils/user-highlights/page-user-highlights';
import type { PageHighlight, UserHighlightDraft } from '../../../utils/user-highlights/payload-checks';
import { describeSpan } from '../../../utils/anchoring/describe-span';
import { askForNote } from '../../../utils/user-highlights/note-dialog';
import { describeSelection } from '../../../utils/user-highlights/describe-selection';
import type { UserHighlightTools } from '../../../utils/user-highlights/installed-tools';
import { placeHighlights } from '../../../utils/user-highlights/place-highlights';

const TOOLS: UserHighlightTools = { placeHighlights, describeSelection, askForNote };

const URL_NOW = 'https://baovung.example.vn/kinh-te/gia-lua-tang.html?utm_medium=social';
const CANONICAL = 'https://baovung.example.vn/kinh-te/gia-lua-tang.html';
const TEXT = 'Giá lúa tại các tỉnh miền Tây tăng nhẹ trong tuần qua.';

type Registry = Map<string, { ranges: Range[] }>;

function setup(): Registry {
  const parsed = new DOMParser().parseFromString(
    `<html><head><link rel="canonical" href="${CANONICAL}"></head><body><article><p>${TEXT}</p></article></body></html>`,
    'text/html',
  );
  document.head.replaceChildren(...[...parsed.head.childNodes].map((n) => document.importNode(n, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((n) => document.importNode(n, true)));
  const registry: Registry = new Map();
  // jsdom has no CSS Custom Highlight API: a small stand-in records what is painted.
  Object.assign(window, {
    CSS: { highlights: registry },
    Highlight: class { ranges: Range[]; priority = 0; constructor(...r: Range[]) { this.ranges = r; } },
  });
  return registry;
}

/** The tools as the on-demand script would install them: present from the start, or only once loaded. */
function harness(stored: PageHighlight[], failSaves = 0, installed: 'yes' | 'on-load' | 'never' = 'yes') {
  let tools: UserHighlightTools | null = installed === 'yes' ? TOOLS : null;
  const loadTools = vi.fn(async () => {
    if (installed === 'on-load') tools = TOOLS;
    return installed === 'on-load';
  });
  const controller = new AbortController();
  const reports: AnchoringReport[] = [];
  const saved: UserHighlightDraft[] = [];
  const fetch = vi.fn(async () => stored);
  const deps: PageUserHighlightsDeps = {
    doc: document,
    url: () => URL_NOW,
    article: () => buildTextIndex(document.querySelector('article')!),
    fetch,
    save: async (draft) => {
      if (failSaves-- > 0) throw new Error('Trình duyệt đã hết chỗ lưu bài trích.');
      saved.push(draft);
      return { id: 9, clip: 'created' };
    },
    report: async (r) => void reports.push(r),
    dialogText: { heading: 'Ghi chú', placeholder: 'Ghi chú…', save: 'Lưu', cancel: 'Hủy' },
    tools: () => tools,
    loadTools,
    signal: controller.signal,
  };
  return { user: createPageUserHighlights(deps), controller, reports, saved, fetch, loadTools };
}

const painted = (registry: Registry) => (registry.get('trichbao-user')?.ranges ?? []).map(String);

const attach = HTMLElement.prototype.attachShadow;
beforeEach(() => {
  // Open the dialog's shadow root so the test can type into it (the product's is closed).
  vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init: ShadowRootInit) {
    return attach.call(this, { ...init, mode: 'open' });
  });
});
afterEach(() => vi.restoreAllMocks());

describe('utils/user-highlights/page-user-highlights', () => {
  it('asks for the highlights of the canonical URL, paints those it places and reports orphans', async () => {
    const registry = setup();
    const { user, reports, fetch } = harness([
      { id: 1, scope: 'article', target: describeSpan(TEXT, 0, 7) },
      { id: 2, scope: 'article', target: describeSpan('Giá cà phê giảm mạnh ở Tây Nguyên.', 0, 10) },
    ]);
    await user.refresh();
    expect(fetch).toHaveBeenCalledWith(CANONICAL);
    expect(painted(registry)).toEqual(['Giá lúa']);
    expect(reports).toEqual([{ pageKey: CANONICAL, anchored: [1], orphans: [2] }]);
  });

  it('asks the store once per page and reports again only when the outcome changes', async () => {
    setup();
    const { user, reports, fetch } = harness([{ id: 1, scope: 'article', target: describeSpan(TEXT, 0, 7) }]);
    await user.refresh();
    await user.refresh();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(reports).toHaveLength(1);
    document.querySelector('p')!.textContent = 'Bài đã được biên tập lại hoàn toàn.';
    await user.refresh();
    expect(reports.at(-1)).toEqual({ pageKey: CANONICAL, anchored: [], orphans: [1] });
  });

  it('reports nothing for a page without highlights', async () => {
    setup();
    const { user, reports } = harness([]);
    await user.refresh();
    expect(reports).toEqual([]);
  });

  it('takes the selection, paints it while the note is asked, and saves it with the note', async () => {
    const registry = setup();
    const { user, saved } = harness([]);
    const text = document.querySelector('p')!.firstChild!;
    getSelection()!.setBaseAndExtent(text, 8, text, 25);
    expect(user.capture()).toBe(true);
    expect(painted(registry)).toEqual(['tại các tỉnh miền']);
    const host = document.querySelector('trich-bao-note')!;
    const input = host.shadowRoot!.querySelector('input')!;
    input.value = '  theo dõi giá  ';
    host.shadowRoot!.querySelector('form')!.requestSubmit();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]).toMatchObject({ pageKey: CANONICAL, scope: 'article', note: 'theo dõi giá' });
    expect(saved[0]!.target.selectors[1].exact).toBe('tại các tỉnh miền');
    await vi.waitFor(() => expect(document.querySelector('trich-bao-note')).toBeNull());
  });

  it('loads the anchoring tools only for a page that has highlights, then places them', async () => {
    const registry = setup();
    const none = harness([], 0, 'on-load');
    await none.user.refresh();
    expect(none.loadTools).not.toHaveBeenCalled();
    const some = harness([{ id: 1, scope: 'article', target: describeSpan(TEXT, 0, 7) }], 0, 'on-load');
    await some.user.refresh();
    expect(some.loadTools).toHaveBeenCalledTimes(1);
    expect(painted(registry)).toEqual(['Giá lúa']);
  });

  it('takes no selection and reports nothing placed when the tools cannot be installed', async () => {
    const registry = setup();
    const { user, reports } = harness([{ id: 1, scope: 'article', target: describeSpan(TEXT, 0, 7) }], 0, 'never');
    await user.refresh();
    expect(painted(registry)).toEqual([]);
    expect(reports).toEqual([]);
    const text = document.querySelector('p')!.firstChild!;
    getSelection()!.setBaseAndExtent(text, 8, text, 25);
    expect(user.capture()).toBe(false);
  });

  it('drops the pending highlight when the reader cancels with Escape', async () => {
    const registry = setup();
    const { user, saved } = harness([]);
    const text = document.querySelector('p')!.firstChild!;
    getSelection()!.setBaseAndExtent(text, 0, text, 7);
    expect(user.capture()).toBe(true);
    const form = document.querySelector('trich-bao-note')!.shadowRoot!.querySelector('form')!;
    form.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await vi.waitFor(() => expect(painted(registry)).toEqual([]));
    expect(saved).toEqual([]);
  });

  it('shows a failed save in the dialog, keeps it open, and saves on the next try', async () => {
    const registry = setup();
    const { user, saved } = harness([], 1);
    const text = document.querySelector('p')!.firstChild!;
    getSelection()!.setBaseAndExtent(text, 0, text, 7);
    user.capture();
    const shadow = document.querySelector('trich-bao-note')!.shadowRoot!;
    shadow.querySelector('form')!.requestSubmit();
    await vi.waitFor(() => expect(shadow.querySelector<HTMLElement>('.error')!.hidden).toBe(false));
    expect(shadow.querySelector('.error')!.textContent).toBe('Trình duyệt đã hết chỗ lưu bài trích.');
    expect(document.querySelector('trich-bao-note')).not.toBeNull();
    expect(painted(registry)).toEqual(['Giá lúa']);
    shadow.querySelector('form')!.requestSubmit();
    await vi.waitFor(() => expect(saved).toHaveLength(1));
    await vi.waitFor(() => expect(document.querySelector('trich-bao-note')).toBeNull());
  });

  it('does nothing without a selection', () => {
    setup();
    getSelection()!.removeAllRanges();
    expect(harness([]).user.capture()).toBe(false);
    expect(document.querySelector('trich-bao-note')).toBeNull();
  });

  it('removes its highlights and its dialog when stopped', async () => {
    const registry = setup();
    const { user, controller } = harness([{ id: 1, scope: 'article', target: describeSpan(TEXT, 0, 7) }]);
    await user.refresh();
    const text = document.querySelector('p')!.firstChild!;
    getSelection()!.setBaseAndExtent(text, 8, text, 11);
    user.capture();
    controller.abort();
    expect(registry.has('trichbao-user')).toBe(false);
    expect(document.querySelector('trich-bao-note')).toBeNull();
  });
});
