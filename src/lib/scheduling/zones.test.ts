import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, startOfWeek, weekDays, weekdayOf } from './calendar';
import {
  clockChangeMinutes,
  clockChangesBetween,
  clockChangesInDays,
  formatDayHeader,
  formatUtcOffset,
  formatWallTime,
  formatZonedTime,
  localDayOf,
  localDayRange,
  localMinutesOf,
  sameWallClock,
  startOfLocalDay,
  zoneName,
} from './zones';

// These tests run under TZ=UTC and under a zone far from UTC (scripts/test-unit.mjs): nothing here may
// depend on the machine's zone, only on the zones named.
const LONDON = 'Europe/London';
const NY = 'America/New_York';
const MX = 'America/Mexico_City';
const SANTIAGO = 'America/Santiago';
const HOUR = 3_600_000;

describe('calendar days', () => {
  it('walks days by the calendar, across months, years and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-10-20', '2026-11-03')).toBe(14);
  });
  it('starts weeks on Monday by default, or on the day asked', () => {
    expect(weekdayOf('2026-11-01')).toBe(0);
    expect(startOfWeek('2026-11-01')).toBe('2026-10-26');
    expect(startOfWeek('2026-10-26')).toBe('2026-10-26');
    expect(startOfWeek('2026-11-01', 0)).toBe('2026-11-01');
    expect(weekDays('2026-10-26')).toEqual([
      '2026-10-26',
      '2026-10-27',
      '2026-10-28',
      '2026-10-29',
      '2026-10-30',
      '2026-10-31',
      '2026-11-01',
    ]);
  });
});

describe('local days of a zone', () => {
  it('has 23 hours when the clocks go forward and 25 when they go back', () => {
    const hours = (day: string, zone: string) => {
      const [start, end] = localDayRange(day, zone);
      return (end - start) / HOUR;
    };
    expect(hours('2026-03-29', LONDON)).toBe(23);
    expect(hours('2026-10-25', LONDON)).toBe(25);
    expect(hours('2026-03-08', NY)).toBe(23);
    expect(hours('2026-11-01', NY)).toBe(25);
    expect(hours('2026-11-02', NY)).toBe(24);
    expect(hours('2026-04-05', MX)).toBe(24);
  });
  it('starts a day at the jump when midnight itself does not exist', () => {
    // Santiago springs forward at 00:00 on 2026-09-06: the day starts at 01:00 local (04:00 UTC).
    expect(new Date(startOfLocalDay('2026-09-06', SANTIAGO)).toISOString()).toBe('2026-09-06T04:00:00.000Z');
    expect(localMinutesOf(startOfLocalDay('2026-09-06', SANTIAGO), SANTIAGO)).toBe(60);
  });
  it('reads the local day and time of an instant in the zone, not the machine', () => {
    const at = Date.parse('2026-11-02T04:30:00Z');
    expect(localDayOf(at, NY)).toBe('2026-11-01');
    expect(localMinutesOf(at, NY)).toBe(23 * 60 + 30);
    expect(localDayOf(at, LONDON)).toBe('2026-11-02');
  });
});

describe('clock changes', () => {
  it('finds each change to the second, with its direction', () => {
    const [back] = clockChangesBetween(
      LONDON,
      Date.parse('2026-10-20T00:00Z'),
      Date.parse('2026-10-30T00:00Z'),
    );
    expect(back && new Date(back.at).toISOString()).toBe('2026-10-25T01:00:00.000Z');
    expect(back && clockChangeMinutes(back)).toBe(-60);
    const [forward] = clockChangesInDays(NY, '2026-03-02', 7);
    expect(forward && new Date(forward.at).toISOString()).toBe('2026-03-08T07:00:00.000Z');
    expect(forward && clockChangeMinutes(forward)).toBe(60);
  });
  it('finds none in a zone without daylight saving, and none in an ordinary week', () => {
    expect(clockChangesInDays(MX, '2026-03-30', 7)).toEqual([]);
    expect(clockChangesInDays(LONDON, '2026-11-02', 7)).toEqual([]);
  });
  it('finds both changes of a range that holds two', () => {
    const changes = clockChangesBetween(NY, Date.parse('2026-01-01T00:00Z'), Date.parse('2027-01-01T00:00Z'));
    expect(changes.map((c) => clockChangeMinutes(c))).toEqual([60, -60]);
  });
});

describe('times written with their zone', () => {
  const winter = Date.parse('2026-11-20T09:30:00Z');
  const summer = Date.parse('2026-07-20T08:30:00Z');
  it('names the zone and uses the locale clock: 24-hour in Spanish', () => {
    expect(formatZonedTime(winter, LONDON, 'en-GB')).toBe('09:30 GMT');
    expect(formatZonedTime(summer, LONDON, 'en-GB')).toBe('09:30 BST');
    expect(formatWallTime(Date.parse('2026-11-20T19:05:00Z'), NY, 'es')).toBe('14:05');
    expect(formatWallTime(Date.parse('2026-11-20T19:05:00Z'), NY, 'en')).toMatch(/^02:05\sPM$/);
    expect(zoneName(winter, NY, 'en')).toBe('EST');
    expect(zoneName(summer, NY, 'en')).toBe('EDT');
  });
  it('writes offsets and tells whether two zones show the same clock', () => {
    expect(formatUtcOffset(-300)).toBe('UTC−05:00');
    expect(formatUtcOffset(330)).toBe('UTC+05:30');
    expect(sameWallClock(winter, LONDON, 'UTC')).toBe(true);
    expect(sameWallClock(summer, LONDON, 'UTC')).toBe(false);
  });
  it('writes day headers as the calendar day, whatever the machine zone', () => {
    expect(formatDayHeader('2026-11-02', 'en-GB')).toBe('Mon 2 Nov');
    expect(formatDayHeader('2026-11-02', 'es')).toMatch(/^lun,? 2 nov/);
  });
});
