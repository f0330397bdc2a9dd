import { MappingError } from './errors';

/**
 * Dates and times between the vendors:
 * - ISO dates `YYYY-MM-DD` (Impilo, Eden `appointment_date`, birth dates) and DICOM DA `YYYYMMDD`;
 * - ISO times `HH:MM:SS` (Eden `appointment_time`) and DICOM TM `HH[MM[SS[.F{1,6}]]]`;
 * - unix seconds (Solo appointment times, always UTC);
 * - offset timestamps `2022-09-28T12:00:00.000+01:00` (Scan.com time slots);
 * - zone-less local times (Eden, DICOM): a date and a time on the wall clock of a facility's IANA zone.
 *
 * Rules (each one an explicit MappingError, never a silent default):
 * - calendar dates are checked (no 2023-02-29, no month 13);
 * - an instant is only read from a text that carries its zone (`Z` or `±HH:MM`);
 * - unix seconds are whole seconds: an instant with milliseconds is refused rather than truncated;
 * - a local time that does not exist (spring-forward gap) is refused;
 * - a local time that exists twice (fall-back overlap) is refused unless the caller says which
 *   (`ambiguous: 'earlier' | 'later'`);
 * - DICOM TM second 60 (leap second) is refused: no vendor here can hold it.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export interface WallTime {
  hour: number;
  minute: number;
  second: number;
  /** 0–999 */
  millisecond: number;
}

/** A zone-less local date and time, as Eden and DICOM write them. */
export interface LocalDateTime {
  /** `YYYY-MM-DD` */
  date: string;
  /** `HH:MM:SS` */
  time: string;
}

export type Ambiguity = 'earlier' | 'later' | 'reject';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkCalendar(value: unknown, year: number, month: number, day: number, domain: 'date' = 'date') {
  if (year < 1 || year > 9999) throw new MappingError(domain, value, 'the year is out of range');
  if (month < 1 || month > 12) throw new MappingError(domain, value, 'the month is out of range');
  if (day < 1 || day > daysInMonth(year, month))
    throw new MappingError(domain, value, 'the day does not exist in that month');
}

function checkWall(value: unknown, hour: number, minute: number, second: number) {
  if (hour > 23) throw new MappingError('time', value, 'the hour is out of range');
  if (minute > 59) throw new MappingError('time', value, 'the minute is out of range');
  if (second > 59)
    throw new MappingError('time', value, 'the second is out of range (leap seconds are refused)');
}

// ---------------------------------------------------------------- ISO dates and times

/** Strict `YYYY-MM-DD`, checked against the calendar. */
export function parseIsoDate(value: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new MappingError('date', value, 'expected YYYY-MM-DD');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  checkCalendar(value, year, month, day);
  return { year, month, day };
}

/**
 * Whether `value` is a strict `YYYY-MM-DD` that exists in the calendar (no 2026-02-29, no month 13). The one
 * calendar-date check of the console: every schema of the service layer and every mock uses it.
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    parseIsoDate(value);
    return true;
  } catch (error) {
    if (error instanceof MappingError) return false;
    throw error;
  }
}

/** Whether `value` has the shape `YYYY-MM-DD` (it may still not exist in the calendar: see `isIsoDate`). */
export function hasIsoDateFormat(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

export function formatIsoDate(date: CalendarDate): string {
  checkCalendar(date, date.year, date.month, date.day);
  return `${pad(date.year, 4)}-${pad(date.month)}-${pad(date.day)}`;
}

/** Strict `HH:MM:SS` (optionally `HH:MM:SS.fff`), 24-hour clock. */
export function parseIsoTime(value: string): WallTime {
  const match = /^(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/.exec(value);
  if (!match) throw new MappingError('time', value, 'expected HH:MM:SS');
  const [hour, minute, second] = [Number(match[1]), Number(match[2]), Number(match[3])];
  checkWall(value, hour, minute, second);
  return { hour, minute, second, millisecond: Number((match[4] ?? '').padEnd(3, '0')) };
}

/** `HH:MM:SS`; milliseconds are written only when not zero. */
export function formatIsoTime(time: WallTime): string {
  checkWall(time, time.hour, time.minute, time.second);
  const base = `${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
  return time.millisecond ? `${base}.${pad(time.millisecond, 3)}` : base;
}

// ---------------------------------------------------------------- DICOM DA / TM

/** DICOM DA `YYYYMMDD` → `YYYY-MM-DD`. The old ACR-NEMA `YYYY.MM.DD` form is refused. */
export function dicomDateToIso(da: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(da);
  if (!match) throw new MappingError('date', da, 'expected DICOM DA YYYYMMDD');
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  checkCalendar(da, year, month, day);
  return `${match[1]}-${match[2]}-${match[3]}`;
}

/** `YYYY-MM-DD` → DICOM DA `YYYYMMDD`. */
export function isoDateToDicom(date: string): string {
  const { year, month, day } = parseIsoDate(date);
  return `${pad(year, 4)}${pad(month)}${pad(day)}`;
}

/**
 * DICOM TM `HH`, `HHMM`, `HHMMSS` or `HHMMSS.F` to `HHMMSS.FFFFFF` → `HH:MM:SS` (`.fff` when the fraction
 * has milliseconds; digits beyond the millisecond are refused rather than dropped unless they are zeros).
 */
export function dicomTimeToIso(tm: string): string {
  const match = /^(\d{2})(?:(\d{2})(?:(\d{2})(?:\.(\d{1,6}))?)?)?$/.exec(tm);
  if (!match) throw new MappingError('time', tm, 'expected DICOM TM HH[MM[SS[.FFFFFF]]]');
  const hour = Number(match[1]);
  const minute = Number(match[2] ?? '0');
  const second = Number(match[3] ?? '0');
  checkWall(tm, hour, minute, second);
  const fraction = (match[4] ?? '').padEnd(6, '0');
  if (!/^\d{3}0{3}$/.test(fraction))
    throw new MappingError('time', tm, 'fractions finer than a millisecond cannot be kept');
  return formatIsoTime({ hour, minute, second, millisecond: Number(fraction.slice(0, 3)) });
}

/** `HH:MM:SS[.fff]` → DICOM TM `HHMMSS[.fff]`. */
export function isoTimeToDicom(time: string): string {
  const { hour, minute, second, millisecond } = parseIsoTime(time);
  const base = `${pad(hour)}${pad(minute)}${pad(second)}`;
  return millisecond ? `${base}.${pad(millisecond, 3)}` : base;
}

// ---------------------------------------------------------------- instants

/** Reads an instant only from a text with its zone: `…Z` or `…±HH:MM`. */
export function parseOffsetTimestamp(value: string): Date {
  const match =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?(Z|([+-])(\d{2}):(\d{2}))$/.exec(value);
  if (!match)
    throw new MappingError('datetime', value, 'expected YYYY-MM-DDTHH:MM:SS[.fff] with Z or ±HH:MM');
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(match[i])) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  checkCalendar(value, year, month, day);
  checkWall(value, hour, minute, second);
  const millisecond = Number((match[7] ?? '').padEnd(3, '0'));
  let offsetMinutes = 0;
  if (match[8] !== 'Z') {
    const offsetHours = Number(match[10]);
    const offsetMins = Number(match[11]);
    if (offsetHours > 18 || offsetMins > 59)
      throw new MappingError('datetime', value, 'the offset is out of range');
    offsetMinutes = (match[9] === '-' ? -1 : 1) * (offsetHours * 60 + offsetMins);
  }
  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  return new Date(wall - offsetMinutes * 60_000);
}

function checkInstant(date: Date): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new MappingError('datetime', date, 'invalid date');
  return ms;
}

/** Unix seconds (UTC) → instant. Only whole, finite seconds. */
export function unixSecondsToDate(seconds: number): Date {
  if (!Number.isInteger(seconds))
    throw new MappingError('datetime', seconds, 'unix seconds must be a whole number');
  const date = new Date(seconds * 1000);
  checkInstant(date);
  return date;
}

/** Instant → unix seconds. An instant with milliseconds is refused (it would lose them). */
export function dateToUnixSeconds(date: Date): number {
  const ms = checkInstant(date);
  if (ms % 1000 !== 0) throw new MappingError('datetime', date.toISOString(), 'it has milliseconds');
  return ms / 1000;
}

// ---------------------------------------------------------------- time zones

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      });
    } catch {
      throw new MappingError('time-zone', timeZone, 'not an IANA time zone');
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA zone name the runtime knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of `timeZone` at `ms`, as a UTC-based millisecond count (whole seconds). */
function wallClockMs(ms: number, timeZone: string): number {
  const parts = formatterFor(timeZone).formatToParts(new Date(ms));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
}

/** The zone's offset from UTC at the instant `ms`, in minutes (e.g. +60 for London in summer). */
export function offsetMinutesAt(date: Date, timeZone: string): number {
  const ms = checkInstant(date);
  const wholeSeconds = Math.floor(ms / 1000) * 1000;
  return Math.round((wallClockMs(wholeSeconds, timeZone) - wholeSeconds) / 60_000);
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Instant → `YYYY-MM-DDTHH:MM:SS.sss±HH:MM` in the zone's offset at that instant (Scan.com's form). */
export function formatOffsetTimestamp(date: Date, timeZone: string): string {
  const ms = checkInstant(date);
  const offset = offsetMinutesAt(date, timeZone);
  const wall = new Date(ms + offset * 60_000);
  return `${wall.toISOString().slice(0, 23)}${formatOffset(offset)}`;
}

/** Instant → the zone-less local date and time on the wall clock of `timeZone` (milliseconds dropped). */
export function instantToLocal(date: Date, timeZone: string): LocalDateTime {
  const ms = checkInstant(date);
  const wall = new Date(wallClockMs(Math.floor(ms / 1000) * 1000, timeZone)).toISOString();
  return { date: wall.slice(0, 10), time: wall.slice(11, 19) };
}

/**
 * A zone-less local date and time in `timeZone` → the instant. A time in the spring-forward gap does not
 * exist: MappingError. A time in the fall-back overlap exists twice: MappingError unless `ambiguous`
 * says which one to take.
 */
export function localToInstant(
  local: LocalDateTime,
  timeZone: string,
  options: { ambiguous?: Ambiguity } = {},
): Date {
  const { year, month, day } = parseIsoDate(local.date);
  const { hour, minute, second, millisecond } = parseIsoTime(local.time);
  formatterFor(timeZone);
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const dayMs = 86_400_000;
  const offsets = new Set([
    offsetMinutesAt(new Date(wall - dayMs), timeZone),
    offsetMinutesAt(new Date(wall), timeZone),
    offsetMinutesAt(new Date(wall + dayMs), timeZone),
  ]);
  const candidates = [...offsets]
    .map((offset) => wall - offset * 60_000)
    .filter((ms) => wallClockMs(ms, timeZone) === wall)
    .sort((a, b) => a - b);
  const unique = [...new Set(candidates)];
  const value = `${local.date} ${local.time} ${timeZone}`;
  if (unique.length === 0)
    throw new MappingError('datetime', value, 'this local time does not exist (clocks skip it)');
  if (unique.length > 1) {
    const ambiguous = options.ambiguous ?? 'reject';
    if (ambiguous === 'reject')
      throw new MappingError('datetime', value, 'this local time happens twice (clocks go back); say which');
    const chosen = ambiguous === 'earlier' ? unique[0] : unique[unique.length - 1];
    return new Date((chosen as number) + millisecond);
  }
  return new Date((unique[0] as number) + millisecond);
}

/** DICOM DA + TM read on the wall clock of `timeZone` → instant. */
export function dicomToInstant(
  da: string,
  tm: string,
  timeZone: string,
  options: { ambiguous?: Ambiguity } = {},
): Date {
  return localToInstant({ date: dicomDateToIso(da), time: dicomTimeToIso(tm) }, timeZone, options);
}

/** Instant → DICOM DA + TM on the wall clock of `timeZone`. */
export function instantToDicom(date: Date, timeZone: string): { da: string; tm: string } {
  const local = instantToLocal(date, timeZone);
  return { da: isoDateToDicom(local.date), tm: isoTimeToDicom(local.time) };
}
