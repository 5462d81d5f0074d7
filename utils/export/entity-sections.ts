import type { DocumentRef, Official } from '../entities/types';
import { documentDisplayId } from './document-display-id';
import { escapeMarkdownInline as md } from './escape-markdown-inline';
import { exportHeading, exportLabel, type ExportLang } from './export-lang';

/** `**name** — details`, without an empty bold (`****` would show as four asterisks). */
function item(name: string, info: string): string {
  const bold = md(name);
  return bold === '' ? `- ${info}` : `- **${bold}** — ${info}`;
}

/** Joins the non-empty `label: value` parts of a list item. */
function details(parts: Array<[string, string | null]>): string {
  const shown = parts.filter((p): p is [string, string] => p[1] !== null && p[1] !== '');
  return shown.map(([label, value]) => `${label}: ${value}`).join(' · ');
}

function officialItem(o: Official, lang: ExportLang): string {
  const info = details([
    [exportLabel('cấp bậc', 'rank', lang), o.ranks.map(md).join(', ')],
    [exportLabel('chức vụ', 'titles', lang), o.titles.map(md).join(', ')],
    [exportLabel('số lần nhắc', 'mentions', lang), String(o.mentions.length)],
  ]);
  return item(o.name, info);
}

function documentItem(d: DocumentRef, lang: ExportLang): string {
  const info = details([
    [exportLabel('loại', 'type', lang), d.type && md(d.type)],
    [exportLabel('số, ký hiệu', 'number/symbol', lang), md(documentDisplayId(d))],
    [exportLabel('ngày', 'date', lang), d.date && md(d.date)],
    [exportLabel('cơ quan ban hành', 'issuer', lang), d.issuer && md(d.issuer)],
    [exportLabel('khóa', 'term', lang), d.term && md(d.term)],
  ]);
  return item(d.surface, info);
}

/** The "Quan chức / Officials" and "Văn bản / Documents" sections; a section without entries is left out. */
export function entitySections(officials: readonly Official[], documents: readonly DocumentRef[], lang: ExportLang): string[] {
  const sections: string[] = [];
  if (officials.length > 0) {
    sections.push([`## ${exportHeading('Quan chức', 'Officials', lang)}`, '', ...officials.map((o) => officialItem(o, lang))].join('\n'));
  }
  if (documents.length > 0) {
    sections.push([`## ${exportHeading('Văn bản', 'Documents', lang)}`, '', ...documents.map((d) => documentItem(d, lang))].join('\n'));
  }
  return sections;
}
