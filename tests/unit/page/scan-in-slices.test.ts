// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { recognize } from '../../../utils/entities/recognize';
import { chunkBounds, scanInSlices } from '../../../utils/page/scan-in-slices';

const FILLER =
  'Các xã ven biển đã chuẩn bị đủ máy bơm, bao cát và lương thực cho mùa mưa bão, người dân được hướng dẫn gia cố nhà cửa trước khi gió mạnh.';

describe('utils/page/scan-in-slices', () => {
  it('slices at block ends, small first, then doubling up to the largest size, with no gap or overlap', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Đoạn ${i}: ${FILLER}`).join('\n') + '\n';
    const bounds = chunkBounds(text, 16_000, 2_000);
    expect(bounds[0]![0]).toBe(0);
    expect(bounds.at(-1)![1]).toBe(text.length);
    for (let k = 1; k < bounds.length; k++) expect(bounds[k]![0]).toBe(bounds[k - 1]![1]);
    for (const [, end] of bounds.slice(0, -1)) expect(text[end - 1]).toBe('\n');
    const sizes = bounds.map(([a, b]) => b - a);
    expect(sizes[0]).toBeLessThanOrEqual(2_000);
    expect(sizes[1]).toBeGreaterThan(2_000);
    expect(sizes[1]).toBeLessThanOrEqual(4_000);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(16_000);
    expect(sizes.slice(4, -1).every((n) => n > 8_000)).toBe(true);
  });

  it('keeps one size throughout when no first size is given', () => {
    const text = 'a\n'.repeat(5_000);
    const sizes = chunkBounds(text, 1_000).map(([a, b]) => b - a);
    expect(new Set(sizes.slice(0, -1))).toEqual(new Set([1_000]));
  });

  it('a block longer than a slice is cut inside it rather than lost', () => {
    const text = 'x'.repeat(2_500);
    expect(chunkBounds(text, 1_000)).toEqual([[0, 1_000], [1_000, 2_000], [2_000, 2_500]]);
  });

  it('links a short mention in a later slice to the official named in the first, at the page\'s own offsets', async () => {
    const paragraphs = [
      '<p>Sáng 12/9, đồng chí Lạc Văn Khải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, kiểm tra công tác phòng chống bão.</p>',
      ...Array.from({ length: 30 }, () => `<p>${FILLER}</p>`),
      '<p>Kết thúc buổi kiểm tra, ông Khải yêu cầu các địa phương không chủ quan.</p>',
    ];
    document.head.innerHTML = '<meta property="og:type" content="article"><title>Kiểm tra phòng chống bão - Báo Thử</title>';
    document.body.innerHTML = `<main><article><h1>Tỉnh kiểm tra công tác phòng chống bão số 5</h1>${paragraphs.join('')}</article></main>`;
    const slices: number[] = [];
    const blocks = await scanInSlices(document, 'https://bao.example/tin/phong-chong-bao.html', {
      makeRange: (startContainer, startOffset, endContainer, endOffset) => ({ startContainer, startOffset, endContainer, endOffset, collapsed: false }),
      yieldFn: async () => undefined,
      loadRecognizer: () => recognize,
      firstChunkChars: 1_000,
      onBlocks: (added) => slices.push(added.length),
    });
    expect(slices.length).toBeGreaterThan(2);
    const officials = blocks!.recognition.officials;
    expect(officials.map((o) => o.name)).toEqual(['Lạc Văn Khải']);
    const { text } = blocks!.index;
    expect(officials[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Lạc Văn Khải', 'Khải']);
    expect(officials[0]!.mentions[1]!.start).toBe(text.lastIndexOf('ông Khải') + 4);
  });

  it('never asks for the recognizer on a page that is not an article', async () => {
    document.head.innerHTML = '<title>Trang chủ - Báo Thử</title>';
    document.body.innerHTML = '<main><ul>' + Array.from({ length: 20 }, (_, i) => `<li><a href="/tin/${i}.html">Tin số ${i}</a></li>`).join('') + '</ul></main>';
    const load = vi.fn(() => recognize);
    const blocks = await scanInSlices(document, 'https://bao.example/', {
      makeRange: (startContainer, startOffset, endContainer, endOffset) => ({ startContainer, startOffset, endContainer, endOffset, collapsed: false }),
      yieldFn: async () => undefined,
      loadRecognizer: load,
    });
    expect(blocks).toBeNull();
    expect(load).not.toHaveBeenCalled();
  });
});
