/**
 * Locale-aware formatting for dates, times and numbers (Intl). Eden's appointment dates and times carry
 * no zone (they are the facility's local time), so they are formatted as written, never shifted into
 * the browser's zone.
 */
const cache = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/** `2026-11-21` → "21 nov 2026" / "Nov 21, 2026": the calendar day as written, no zone shift. */
export function formatLocalDate(isoDate: string, locale: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return formatter(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** `14:05:00` → "14:05" / "2:05 PM", as written (wall-clock time without a zone). */
export function formatLocalTime(time: string, locale: string): string {
  const match = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time);
  if (!match) return time;
  const date = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2]), Number(match[3] ?? 0)));
  return formatter(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(date);
}

/** An instant (ISO with offset) in the viewer's zone. */
export function formatInstant(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatter(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
}

export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}
