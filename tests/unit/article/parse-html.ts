/** Parses markup the test wrote itself into a Document (jsdom environment). */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A paragraph of invented Vietnamese prose, `n` sentences long. */
export function prose(n: number): string {
  return Array.from({ length: n }, (_, i) => `Câu thứ ${i + 1} kể về việc xã Tân Lập sửa đường, đào mương và trồng thêm cây xanh dọc bờ sông.`).join(' ');
}

/** An article body: `count` paragraphs of running prose. */
export function body(count = 6): string {
  return Array.from({ length: count }, () => `<p>${prose(3)}</p>`).join('\n');
}
