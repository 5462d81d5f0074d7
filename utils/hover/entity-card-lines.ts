import type { Entity } from '../entities/types';
import { mentionCount, type UiLang } from '../page-strings';

/** Heading and detail lines of an entity's hover card, as plain text. */
export interface CardLines {
  kind: string;
  heading: string;
  lines: string[];
}

/** What the hover card says about an entity, in the UI language. */
export function entityCardLines(entity: Entity, lang: UiLang, savedCount?: number): CardLines {
  const vi = lang === 'vi';
  const mentions = `${vi ? 'Nhắc đến' : 'Mentioned'}: ${mentionCount(entity.mentions.length, lang)}`;
  const saved = savedCount === undefined ? [] : [`${vi ? 'Bài đã lưu nhắc đến' : 'Saved clippings mentioning'}: ${savedCount}`];
  if (entity.kind === 'official') {
    return {
      kind: vi ? 'Quan chức' : 'Official',
      heading: [...entity.ranks, entity.name].join(' '),
      lines: [...entity.titles, mentions, ...saved],
    };
  }
  const field = (label: string, value: string | number | null) => (value === null || value === '' ? [] : [`${label}: ${value}`]);
  return {
    kind: entity.type ?? (vi ? 'Văn bản' : 'Document'),
    heading: entity.surface,
    lines: [
      ...field(vi ? 'Số' : 'Number', entity.number),
      ...field(vi ? 'Ký hiệu' : 'Symbol', entity.symbol),
      ...field(vi ? 'Năm' : 'Year', entity.year),
      ...field(vi ? 'Ngày' : 'Date', entity.date),
      ...field(vi ? 'Cơ quan ban hành' : 'Issuer', entity.issuer),
      ...field(vi ? 'Khóa' : 'Term', entity.term),
      mentions,
      ...saved,
    ],
  };
}
