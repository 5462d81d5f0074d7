// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createArticleHighlighter, type ArticleHighlighter } from '../../../utils/page/article-highlighter';
import { recognize } from '../../../utils/entities/recognize';
import { buildTextIndex } from '../../../utils/dom/text-index';
import { installArticle, installFakeHighlights, rangeText } from './live-page-fixture';

const GIVEN = ['Bình', 'Cường', 'Dũng', 'Giang', 'Hải'];

/** Texts of each highlight kind now painted. */
function painted(registry: Map<string, Set<AbstractRange>>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, set] of registry) out[name] = [...set].map((r) => rangeText(document, r)).sort();
  return out;
}

describe('utils/page/article-highlighter (live pages)', () => {
  let fake: ReturnType<typeof installFakeHighlights>;
  let controller: AbortController;
  let root: HTMLElement;
  let highlighter: ArticleHighlighter;

  beforeEach(async () => {
    root = installArticle(document);
    fake = installFakeHighlights(window);
    controller = new AbortController();
    highlighter = createArticleHighlighter(document, { url: () => 'https://bao.example/tin/han-man.html', signal: controller.signal, loadRecognizer: () => recognize });
    await vi.waitFor(() => expect(highlighter.scan?.entityCount).toBe(3));
  });

  afterEach(() => {
    controller.abort();
    fake.restore();
  });

  it('paints the article once, with the Highlight API and no change to the page', () => {
    expect(painted(fake.registry)).toEqual({
      'trichbao-official': ['Vương Thị Mai', 'Đinh Quang Lộc'],
      'trichbao-document': ['Quyết định số 312/QĐ-UBND'],
    });
    expect(highlighter.stats.fullScans).toBe(1);
  });

  it('reads only the paragraphs an infinite scroll appends, one by one, never the whole article again', async () => {
    let appended = 0;
    for (let i = 0; i < 50; i++) {
      const p = document.createElement('p');
      p.textContent = `Đồng chí Phan Văn ${GIVEN[i % GIVEN.length]}, Giám đốc Sở Xây dựng, báo cáo tiến độ công trình số ${i + 1} theo Kế hoạch số ${100 + i}/KH-UBND.`;
      root.append(p);
      appended += p.textContent.length;
      // Some appends land in the same frame, others in frames of their own.
      if (i % 3 === 0) await new Promise((r) => setTimeout(r, 20));
    }
    await vi.waitFor(() => expect(highlighter.stats.updatedChars).toBe(appended));
    expect(highlighter.stats.fullScans).toBe(1);
    expect(highlighter.stats.updates).toBeGreaterThan(1);
    expect(highlighter.stats.updates).toBeLessThanOrEqual(50);
    const now = painted(fake.registry);
    expect(now['trichbao-document']).toHaveLength(51);
    expect(now['trichbao-official']).toHaveLength(52);
    expect(now['trichbao-official']).toContain('Phan Văn Hải');
    // 5 new officials, 50 new plans, plus the article's own 3 entities.
    expect(highlighter.scan!.entityCount).toBe(58);
    expect(highlighter.scan!.index.text).toContain('Kế hoạch số 149/KH-UBND');
  });

  it('links a short mention in a new paragraph to an official named earlier in the article', async () => {
    const p = document.createElement('p');
    p.textContent = 'Kết luận cuộc họp, Bí thư Lộc yêu cầu các địa phương chủ động nguồn nước ngọt.';
    root.append(p);
    await vi.waitFor(() => expect(highlighter.stats.updates).toBe(1));
    expect(painted(fake.registry)['trichbao-official']).toEqual(['Lộc', 'Vương Thị Mai', 'Đinh Quang Lộc']);
    const loc = highlighter.scan!.recognition.officials.find((o) => o.name === 'Đinh Quang Lộc')!;
    expect(loc.mentions.map((m) => m.surface)).toEqual(['Đinh Quang Lộc', 'Lộc']);
    expect(highlighter.scan!.entityCount).toBe(3);
  });

  it('takes away the highlights of a removed paragraph and rereads only an edited one', async () => {
    const [, second, third] = root.querySelectorAll('p');
    second!.remove();
    third!.firstChild!.textContent = 'Cùng dự có đồng chí Vương Thị Mai, Phó Chủ tịch UBND tỉnh.';
    await vi.waitFor(() => expect(highlighter.stats.updates).toBe(1));
    expect(highlighter.stats.updatedChars).toBe(third!.textContent!.length);
    expect(painted(fake.registry)).toEqual({ 'trichbao-official': ['Vương Thị Mai', 'Đinh Quang Lộc'] });
    expect(highlighter.scan!.entityCount).toBe(2);
  });

  it('keeps the article text in page order when paragraphs arrive in the middle', async () => {
    const [first, , third] = root.querySelectorAll('p');
    const a = document.createElement('p');
    a.textContent = 'Chiều cùng ngày, đồng chí Mạc Văn Tùng, Giám đốc Sở Tài nguyên và Môi trường, kiểm tra các cống ngăn mặn.';
    const b = document.createElement('div');
    const inner = document.createElement('p');
    inner.textContent = 'Sở đã đề xuất bổ sung Kế hoạch số 77/KH-UBND.';
    b.append(inner);
    third!.before(b);
    first!.after(a);
    await vi.waitFor(() => expect(highlighter.stats.updates).toBe(1));
    expect(highlighter.scan!.index.text).toBe(buildTextIndex(root).text);
    const offsets = highlighter.scan!.recognition.documents.map((d) => highlighter.scan!.index.text.slice(d.mentions[0]!.start, d.mentions[0]!.end));
    expect(offsets).toEqual(['Quyết định số 312/QĐ-UBND', 'Kế hoạch số 77/KH-UBND']);
  });

  it('ignores changes outside the article', async () => {
    const aside = document.createElement('aside');
    aside.textContent = 'Quảng cáo: Nghị định số 99/2024/NĐ-CP';
    document.body.append(aside);
    await new Promise((r) => setTimeout(r, 300));
    expect(highlighter.stats).toEqual({ fullScans: 1, updates: 0, updatedChars: 0 });
  });
});

describe('utils/page/article-highlighter (<mark> fallback)', () => {
  it('marks new paragraphs, never rereads its own marks, and leaves the page as it was when stopped', async () => {
    const root = installArticle(document);
    const before = document.body.innerHTML;
    const controller = new AbortController();
    const highlighter = createArticleHighlighter(document, { url: () => 'https://bao.example/tin/han-man.html', signal: controller.signal, loadRecognizer: () => recognize });
    await vi.waitFor(() => expect(document.querySelectorAll('mark[data-trichbao-mark]').length).toBe(3));
    const p = document.createElement('p');
    p.textContent = 'Chiều 6/4, Bí thư Lộc làm việc với huyện về Quyết định số 45/QĐ-UBND.';
    root.append(p);
    await vi.waitFor(() => expect([...p.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Lộc', 'Quyết định số 45/QĐ-UBND']));
    await new Promise((r) => setTimeout(r, 300));
    expect(highlighter.stats.updates).toBe(1);
    p.remove();
    controller.abort();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('utils/page/article-highlighter (no recognizer)', () => {
  it('paints nothing, changes nothing and throws nothing when the recognizer cannot be loaded', async () => {
    installArticle(document);
    const fake = installFakeHighlights(window);
    const before = document.body.innerHTML;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const controller = new AbortController();
    const highlighter = createArticleHighlighter(document, {
      url: () => 'https://bao.example/tin/han-man.html',
      signal: controller.signal,
      loadRecognizer: () => Promise.reject(new Error('Trích Báo: the recognizer could not be loaded into this page')),
    });
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('Trích Báo: the recognizer could not be loaded into this page'));
    expect(highlighter.scan).toBeNull();
    expect(fake.registry.size).toBe(0);
    expect(document.body.innerHTML).toBe(before);
    controller.abort();
    warn.mockRestore();
    fake.restore();
  });
});
