import { isIsoDate, localToInstant, offsetMinutesAt, parseIsoTime } from '@/lib/mappings/datetime';
import { isMappingError } from '@/lib/mappings/errors';
import { addDays } from './calendar';
import { clockChangeMinutes, clockChangesBetween, localMinutesOf, startOfLocalDay } from './zones';

/**
 * A date and a time typed on a location's wall clock (Eden's appointment fields: no zone on the wire), checked
 * against its zone's clock changes: a time that does not exist (the clocks skip it) or exists twice (the
 * clocks go back over it) is named as such, with the times around it, so the form can refuse it plainly.
 */

export type LocalTimeCheck =
  | { kind: 'empty' }
  /** Not a calendar date or not `HH:MM[:SS]`: the form's own validation says so. */
  | { kind: 'invalid' }
  | { kind: 'ok'; instant: number; offsetMinutes: number }
  | {
      kind: 'nonexistent';
      /** The wall-clock times around the gap, `HH:MM`, e.g. 02:00 and 03:00. */
      gapFrom: string;
      gapTo: string;
      /** The first instant after the gap (what the clocks jump to). */
      jumpAt: number;
    }
  | {
      kind: 'ambiguous';
      /** The repeated wall-clock span, `HH:MM`, e.g. 01:00 and 02:00. */
      repeatFrom: string;
      repeatTo: string;
      earlier: { instant: number; offsetMinutes: number };
      later: { instant: number; offsetMinutes: number };
    };

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60) % 24).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** `9:05`, `09:05` or `09:05:30` → `09:05:00` / `09:05:30`; anything else → null. */
export function normaliseWallTime(time: string): string | null {
  const match = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(time.trim());
  if (!match) return null;
  const text = `${(match[1] ?? '').padStart(2, '0')}:${match[2]}:${match[3] ?? '00'}`;
  try {
    parseIsoTime(text);
    return text;
  } catch (error) {
    if (isMappingError(error)) return null;
    throw error;
  }
}

/** Checks `date` + `time` on the wall clock of `timeZone`. */
export function checkLocalTime(date: string, time: string, timeZone: string): LocalTimeCheck {
  if (!date.trim() && !time.trim()) return { kind: 'empty' };
  const wall = normaliseWallTime(time);
  if (!isIsoDate(date) || wall === null) return { kind: 'invalid' };
  try {
    const instant = localToInstant({ date, time: wall }, timeZone).getTime();
    return { kind: 'ok', instant, offsetMinutes: offsetMinutesAt(new Date(instant), timeZone) };
  } catch (error) {
    if (!isMappingError(error) || error.domain !== 'datetime') throw error;
  }
  // Not one instant: find the clock change of that day.
  const dayStart = startOfLocalDay(date, timeZone);
  const dayEnd = startOfLocalDay(addDays(date, 1), timeZone);
  const change = clockChangesBetween(timeZone, dayStart - 3_600_000, dayEnd + 3_600_000)[0];
  if (!change) return { kind: 'invalid' };
  const shift = clockChangeMinutes(change);
  const after = localMinutesOf(change.at, timeZone);
  if (shift > 0) {
    return { kind: 'nonexistent', gapFrom: hhmm(after - shift), gapTo: hhmm(after), jumpAt: change.at };
  }
  const earlier = localToInstant({ date, time: wall }, timeZone, { ambiguous: 'earlier' }).getTime();
  const later = localToInstant({ date, time: wall }, timeZone, { ambiguous: 'later' }).getTime();
  return {
    kind: 'ambiguous',
    repeatFrom: hhmm(after),
    repeatTo: hhmm(after - shift),
    earlier: { instant: earlier, offsetMinutes: offsetMinutesAt(new Date(earlier), timeZone) },
    later: { instant: later, offsetMinutes: offsetMinutesAt(new Date(later), timeZone) },
  };
}
