import { instantToLocal, localToInstant, offsetMinutesAt, parseIsoDate } from '@/lib/mappings/datetime';
import { isMappingError } from '@/lib/mappings/errors';
import { addDays } from './calendar';

/**
 * Instants and the wall clock of a location's IANA zone: where a local day starts and ends, the clock
 * changes inside a range, and how an instant is written with its zone named ("09:30 GMT").
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The calendar day (`YYYY-MM-DD`) on the wall clock of `timeZone` at `ms`. */
export function localDayOf(ms: number, timeZone: string): string {
  return instantToLocal(new Date(Math.floor(ms / 1000) * 1000), timeZone).date;
}

/** Minutes since local midnight on the wall clock of `timeZone` at `ms` (0–1439). */
export function localMinutesOf(ms: number, timeZone: string): number {
  const [hour = 0, minute = 0] = instantToLocal(new Date(Math.floor(ms / 1000) * 1000), timeZone)
    .time.split(':')
    .map(Number);
  return hour * 60 + minute;
}

/**
 * The first instant of the local day `isoDay` in `timeZone`. Midnight itself may not exist (zones that
 * spring forward at 00:00, e.g. America/Santiago): then the day starts when the clocks jump.
 */
export function startOfLocalDay(isoDay: string, timeZone: string): number {
  try {
    return localToInstant({ date: isoDay, time: '00:00:00' }, timeZone, { ambiguous: 'earlier' }).getTime();
  } catch (error) {
    if (!isMappingError(error) || error.domain !== 'datetime') throw error;
    // Midnight is in a gap: the day begins at the jump, i.e. midnight read with the offset before it.
    const { year, month, day } = parseIsoDate(isoDay);
    const wall = Date.UTC(year, month - 1, day);
    const before = offsetMinutesAt(new Date(wall - 12 * HOUR), timeZone);
    return wall - before * MINUTE;
  }
}

/** `[start, end)` of the local day: 23, 24 or 25 hours long. */
export function localDayRange(isoDay: string, timeZone: string): [number, number] {
  return [startOfLocalDay(isoDay, timeZone), startOfLocalDay(addDays(isoDay, 1), timeZone)];
}

export interface ClockChange {
  /** The first instant with the new offset. */
  at: number;
  /** UTC offsets in minutes, before and after. */
  offsetBefore: number;
  offsetAfter: number;
}

/** Positive: the clocks go forward (an hour is skipped); negative: they go back (an hour happens twice). */
export function clockChangeMinutes(change: ClockChange): number {
  return change.offsetAfter - change.offsetBefore;
}

/** The clock changes of `timeZone` in `[from, to)`, to the second. */
export function clockChangesBetween(timeZone: string, from: number, to: number): ClockChange[] {
  const offsetAt = (ms: number) => offsetMinutesAt(new Date(ms), timeZone);
  const changes: ClockChange[] = [];
  // Zones change at most once every few weeks: six-hour steps cannot step over two changes.
  const step = 6 * HOUR;
  let left = from;
  let leftOffset = offsetAt(left);
  while (left < to) {
    const right = Math.min(left + step, to);
    const rightOffset = offsetAt(right);
    if (rightOffset !== leftOffset) {
      let lo = left;
      let hi = right;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (offsetAt(mid) === leftOffset) lo = mid;
        else hi = mid;
      }
      // offsetMinutesAt reads whole seconds: the second holding `hi` already has the new offset.
      hi = Math.floor(hi / 1000) * 1000;
      if (hi < to) changes.push({ at: hi, offsetBefore: leftOffset, offsetAfter: offsetAt(hi) });
    }
    left = right;
    leftOffset = rightOffset;
  }
  return changes;
}

/** The clock changes during the local days `[firstDay, firstDay + days)`. */
export function clockChangesInDays(timeZone: string, firstDay: string, days: number): ClockChange[] {
  return clockChangesBetween(
    timeZone,
    startOfLocalDay(firstDay, timeZone),
    startOfLocalDay(addDays(firstDay, days), timeZone),
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formats.set(key, formatter);
  }
  return formatter;
}

/** The zone's short name at `ms` in the user's language: "GMT", "BST", "EST", "GMT-6", "CET"… */
export function zoneName(ms: number, timeZone: string, locale: string): string {
  const parts = format(locale, { timeZone, timeZoneName: 'short', hour: 'numeric' }).formatToParts(ms);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** "UTC+01:00", "UTC−05:00": an offset that reads the same in every language. */
export function formatUtcOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '−' : '+';
  const abs = Math.abs(offsetMinutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The wall-clock time at `ms` in `timeZone`, in the locale's clock ("09:30", "9:30 AM"), without the zone. */
export function formatWallTime(ms: number, timeZone: string, locale: string): string {
  return format(locale, { timeZone, hour: '2-digit', minute: '2-digit' }).format(ms);
}

/** The wall-clock time with its zone named: "09:30 GMT", "9:30 AM EST". */
export function formatZonedTime(ms: number, timeZone: string, locale: string): string {
  return `${formatWallTime(ms, timeZone, locale)} ${zoneName(ms, timeZone, locale)}`;
}

/** "Mon 2 Nov" / "lun 2 nov": a calendar day as a column header, no zone shift. */
export function formatDayHeader(isoDay: string, locale: string): string {
  return format(locale, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(
    new Date(`${isoDay}T00:00:00Z`),
  );
}

/** "Monday, 2 November 2026": a calendar day in full, no zone shift. */
export function formatLongDay(isoDay: string, locale: string): string {
  return format(locale, {
    timeZone: 'UTC',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${isoDay}T00:00:00Z`));
}

/** Whether two zones show the same wall clock at `ms` (then the user's own time need not be repeated). */
export function sameWallClock(ms: number, zoneA: string, zoneB: string): boolean {
  return offsetMinutesAt(new Date(ms), zoneA) === offsetMinutesAt(new Date(ms), zoneB);
}

/** The zone this browser runs in (the user's own time). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** A wall-clock time `HH:mm` as the locale writes it ("09:30 AM", "09:30"), like `formatWallTime`. */
export function formatWallClock(wall: string, locale: string): string {
  const [hour = 0, minute = 0] = wall.split(':').map(Number);
  return format(locale, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' }).format(
    Date.UTC(2000, 0, 1, hour, minute),
  );
}
