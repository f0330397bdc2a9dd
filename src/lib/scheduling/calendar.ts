import { formatIsoDate, parseIsoDate } from '@/lib/mappings/datetime';

/**
 * Calendar days (`YYYY-MM-DD`) without any zone: weeks and days are walked by date, never by adding 24 hours
 * to an instant (which drifts by an hour across a clock change).
 */

/** 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

function toUtcMs(isoDay: string): number {
  const { year, month, day } = parseIsoDate(isoDay);
  return Date.UTC(year, month - 1, day);
}

function fromUtcMs(ms: number): string {
  const date = new Date(ms);
  return formatIsoDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** `2026-03-07` + 2 → `2026-03-09` (any sign). */
export function addDays(isoDay: string, days: number): string {
  const { year, month, day } = parseIsoDate(isoDay);
  return fromUtcMs(Date.UTC(year, month - 1, day + days));
}

export function weekdayOf(isoDay: string): Weekday {
  return new Date(toUtcMs(isoDay)).getUTCDay() as Weekday;
}

/** The first day of the week holding `isoDay` (weeks start on Monday unless told otherwise). */
export function startOfWeek(isoDay: string, firstDay: Weekday = 1): string {
  const back = (weekdayOf(isoDay) - firstDay + 7) % 7;
  return addDays(isoDay, -back);
}

/** The seven days of the week that starts on `weekStart`. */
export function weekDays(weekStart: string): string[] {
  return Array.from({ length: 7 }, (_, index) => addDays(weekStart, index));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / 86_400_000);
}
