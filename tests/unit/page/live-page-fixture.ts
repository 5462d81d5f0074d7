/** A small Vietnamese article page for the live-page tests (the project's own text). */
export const ARTICLE_HTML = `<article><h1>Tỉnh họp bàn kế hoạch phòng chống hạn mặn năm nay</h1>
<p>Sáng 5/4, đồng chí Đinh Quang Lộc, Bí thư Tỉnh ủy, chủ trì cuộc họp với các sở, ngành để bàn biện pháp ứng phó hạn mặn.</p>
<p>Các đơn vị được giao triển khai Quyết định số 312/QĐ-UBND về cấp nước sinh hoạt cho vùng ven biển trong mùa khô.</p>
<p>Cùng dự có đồng chí Vương Thị Mai, Phó Chủ tịch UBND tỉnh, phụ trách lĩnh vực nông nghiệp và phát triển nông thôn.</p>
<p>Ngành nông nghiệp cho biết nhiều diện tích lúa đã được chuyển sang cây trồng chịu mặn, bảo đảm thu nhập cho người dân.</p>
<p>Theo đài khí tượng, nước mặn có thể vào sâu hơn mọi năm, vì vậy các trạm bơm phải tích trữ nước ngọt từ sớm và vận hành theo lịch luân phiên giữa các xã.</p>
<p>Người dân được khuyến cáo theo dõi độ mặn trước khi lấy nước tưới, đồng thời dùng tiết kiệm nước sinh hoạt trong những tuần cao điểm của mùa khô.</p>
</article>`;

/** Installs the article in `doc` with the metadata that makes it an article page. */
export function installArticle(doc: Document): HTMLElement {
  doc.head.innerHTML = '<meta property="og:type" content="article"><title>Họp bàn phòng chống hạn mặn - Báo Thử</title>';
  doc.body.innerHTML = `<main>${ARTICLE_HTML}</main>`;
  return doc.querySelector('article')!;
}

/** A fake CSS Custom Highlight API (jsdom has none), with Set-like highlights. */
export function installFakeHighlights(win: Window): { registry: Map<string, Set<AbstractRange>>; restore: () => void } {
  const w = win as unknown as { CSS?: unknown; Highlight?: unknown };
  const saved = { CSS: w.CSS, Highlight: w.Highlight };
  const registry = new Map<string, Set<AbstractRange>>();
  w.CSS = { highlights: registry };
  w.Highlight = class extends Set<AbstractRange> {
    priority = 0;
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  };
  return {
    registry,
    restore() {
      w.CSS = saved.CSS;
      w.Highlight = saved.Highlight;
    },
  };
}

/** The text a (static or live) range covers. */
export function rangeText(doc: Document, r: AbstractRange): string {
  const live = doc.createRange();
  live.setStart(r.startContainer, r.startOffset);
  live.setEnd(r.endContainer, r.endOffset);
  return live.toString();
}
