/** A date for people: `30/12/2024` in Vietnamese, `Dec 30, 2024` in English; the input as-is if unparsable. */
export function formatDate(iso: string | number, lang: 'vi' | 'en'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return String(iso);
  // Dates without a time are calendar dates: show them as written, whatever the local zone.
  const dateOnly = typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
    year: 'numeric',
    month: lang === 'vi' ? '2-digit' : 'short',
    day: '2-digit',
    ...(dateOnly ? { timeZone: 'UTC' } : {}),
  }).format(date);
}
