/** "2–8 Nov 2026" / "2–8 nov 2026": a range of calendar days, as written, without any zone shift. */
export function formatDayRange(first: string, last: string, locale: string): string {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const from = new Date(`${first}T00:00:00Z`);
  if (first === last) return format.format(from);
  return format.formatRange(from, new Date(`${last}T00:00:00Z`));
}

/** "5 min" style durations from seconds. */
export function durationMinutes(seconds: number): number {
  return Math.round(seconds / 60);
}
