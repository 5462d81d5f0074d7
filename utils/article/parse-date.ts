import { parseVietnameseDate } from './parse-vietnamese-date';

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s]+(\d{2}):(\d{2})(?::(\d{2})([.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i;

function zone(raw: string | undefined, fallback: string | null): string {
  if (!raw) return fallback ?? '';
  if (raw.toUpperCase() === 'Z') return '+00:00';
  const m = /^([+-]\d{2}):?(\d{2})?$/.exec(raw);
  return m ? `${m[1]}:${m[2] ?? '00'}` : '';
}

/**
 * Normalises a machine or human date ("2021-11-01T10:52:50+0100", "2019-04-28 06:01:07",
 * "30/12/2024 08:15") to ISO 8601; a missing zone becomes `defaultOffset` when given. Null if unreadable.
 */
export function parseDate(value: string, defaultOffset: string | null = null): string | null {
  const text = value.trim();
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, z] = iso;
    if (h === undefined) return `${y}-${mo}-${d}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${s && frac ? frac.replace(',', '.') : ''}${zone(z, defaultOffset)}`;
  }
  const vi = parseVietnameseDate(text, defaultOffset ?? '');
  if (vi) return vi;
  // Last resort for RFC 2822 and other forms the JS engine knows ("Tue, 09 Apr 2024 10:00:00 GMT").
  // Only with an explicit zone: otherwise the result would depend on the machine's time zone.
  if (/[a-z]{3}/i.test(text) && /\d{4}/.test(text) && /\b(GMT|UTC)\b|[+-]\d{4}\b/i.test(text)) {
    const time = Date.parse(text);
    if (!Number.isNaN(time)) return new Date(time).toISOString().replace('.000Z', '+00:00');
  }
  return null;
}
