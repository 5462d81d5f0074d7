/** Offset assumed for Vietnamese pages that give a time without a zone. */
export const VIETNAM_OFFSET = '+07:00';

const pad = (n: number | string): string => String(n).padStart(2, '0');

function validDate(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "GMT+7", "UTC+07:00" → "+07:00"; null when the text names no zone. */
function readZone(text: string): string | null {
  const m = /\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?/i.exec(text);
  return m ? `${m[1]}${pad(m[2]!)}:${m[3] ?? '00'}` : null;
}

/** "18:30", "18h30", "8 giờ 15" → [h, m]; null when no valid time is written. */
function readTime(text: string): [number, number] | null {
  const m = /(?:^|[^\d/.-])(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?:\s*(?::|phút)\s*\d{2})?/i.exec(text);
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? [h, min] : null;
}

/** "ngày 30 tháng 12 năm 2024", "30/12/2024", "30-12-2024", "30.12.2024", "2024-12-30" → [y, m, d]. */
function readDay(text: string): [number, number, number] | null {
  const words = /(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)?\s*(\d{4})/i.exec(text);
  if (words) return [Number(words[3]), Number(words[2]), Number(words[1])];
  const iso = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (iso) return [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  const dmy = /(?:^|[^\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?!\d)/.exec(text);
  if (dmy) return [Number(dmy[4]), Number(dmy[3]), Number(dmy[1])];
  return null;
}

/**
 * Reads a date as Vietnamese news writes it ("Thứ hai, 9/8/2024, 18:30 (GMT+7)", "08:15 30/12/2024",
 * "ngày 30 tháng 12 năm 2024") into ISO 8601: a date-time with offset, or a bare date; null if none.
 */
export function parseVietnameseDate(text: string, defaultOffset: string = VIETNAM_OFFSET): string | null {
  const day = readDay(text);
  if (!day || !validDate(...day)) return null;
  const [y, m, d] = day;
  const date = `${y}-${pad(m)}-${pad(d)}`;
  const time = readTime(text);
  if (!time) return date;
  return `${date}T${pad(time[0])}:${pad(time[1])}:00${readZone(text) ?? defaultOffset}`;
}
