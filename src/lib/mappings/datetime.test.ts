import { describe, expect, it } from 'vitest';
import {
  dateToUnixSeconds,
  dicomDateToIso,
  dicomTimeToIso,
  dicomToInstant,
  formatIsoDate,
  formatIsoTime,
  formatOffsetTimestamp,
  instantToDicom,
  instantToLocal,
  isoDateToDicom,
  isoTimeToDicom,
  isValidTimeZone,
  localToInstant,
  offsetMinutesAt,
  parseIsoDate,
  parseIsoTime,
  parseOffsetTimestamp,
  unixSecondsToDate,
} from './datetime';
import { MappingError } from './errors';

const MX = 'America/Mexico_City';
const LONDON = 'Europe/London';
const NY = 'America/New_York';
const SANTIAGO = 'America/Santiago';

describe('ISO dates and times', () => {
  it.each(['2024-02-29', '1999-01-30', '0001-01-01', '9999-12-31'])('round-trips %s', (date) =>
    expect(formatIsoDate(parseIsoDate(date))).toBe(date),
  );
  it.each(['2023-02-29', '2024-13-01', '2024-00-10', '2024-04-31', '24-01-01', '2024/01/01', '2024-1-1', ''])(
    'refuses the date %j',
    (date) => expect(() => parseIsoDate(date)).toThrow(MappingError),
  );
  it.each(['00:00:00', '23:59:59', '12:30:05.250'])('round-trips the time %s', (time) =>
    expect(formatIsoTime(parseIsoTime(time))).toBe(time),
  );
  it.each(['24:00:00', '12:60:00', '12:00:60', '7:00:00', '12:00', '12:00:00Z'])(
    'refuses the time %j',
    (time) => expect(() => parseIsoTime(time)).toThrow(MappingError),
  );
});

describe('DICOM DA / TM', () => {
  it('DA ↔ ISO date', () => {
    expect(dicomDateToIso('20240229')).toBe('2024-02-29');
    expect(isoDateToDicom('1999-01-30')).toBe('19990130');
    for (const date of ['2024-02-29', '2000-12-31', '1900-01-01'])
      expect(dicomDateToIso(isoDateToDicom(date))).toBe(date);
  });
  it.each(['20230229', '2024.01.01', '240101', '20241301', ''])('refuses DA %j', (da) =>
    expect(() => dicomDateToIso(da)).toThrow(MappingError),
  );
  it.each([
    ['07', '07:00:00'],
    ['0730', '07:30:00'],
    ['073015', '07:30:15'],
    ['073015.5', '07:30:15.500'],
    ['073015.123000', '07:30:15.123'],
  ])('TM %s → %s', (tm, iso) => expect(dicomTimeToIso(tm)).toBe(iso));
  it('ISO time → TM, and back', () => {
    expect(isoTimeToDicom('07:30:15')).toBe('073015');
    expect(isoTimeToDicom('07:30:15.500')).toBe('073015.500');
    for (const time of ['00:00:00', '23:59:59', '12:00:00.001'])
      expect(dicomTimeToIso(isoTimeToDicom(time))).toBe(time);
  });
  it.each(['2400', '0760', '073060', '073015.1234567', '073015.123456', '7', '07:30', ''])(
    'refuses TM %j',
    (tm) => expect(() => dicomTimeToIso(tm)).toThrow(MappingError),
  );
});

describe('unix seconds and offset timestamps', () => {
  it('unix seconds ↔ instant (UTC)', () => {
    expect(unixSecondsToDate(1_664_362_800).toISOString()).toBe('2022-09-28T11:00:00.000Z');
    expect(dateToUnixSeconds(new Date('2022-09-28T11:00:00Z'))).toBe(1_664_362_800);
    for (const s of [0, 1, -1, 1_700_000_000]) expect(dateToUnixSeconds(unixSecondsToDate(s))).toBe(s);
  });
  it('refuses fractional seconds and invalid instants instead of truncating', () => {
    expect(() => unixSecondsToDate(1.5)).toThrow(MappingError);
    expect(() => unixSecondsToDate(Number.NaN)).toThrow(MappingError);
    expect(() => unixSecondsToDate(1e20)).toThrow(MappingError);
    expect(() => dateToUnixSeconds(new Date('2022-09-28T11:00:00.001Z'))).toThrow(MappingError);
    expect(() => dateToUnixSeconds(new Date('nope'))).toThrow(MappingError);
  });
  it('reads offset timestamps (Scan.com time slots)', () => {
    expect(parseOffsetTimestamp('2022-09-28T12:00:00.000+01:00').toISOString()).toBe(
      '2022-09-28T11:00:00.000Z',
    );
    expect(parseOffsetTimestamp('2022-09-28T12:00:00Z').toISOString()).toBe('2022-09-28T12:00:00.000Z');
    expect(parseOffsetTimestamp('2022-09-28T06:00:00-05:30').toISOString()).toBe('2022-09-28T11:30:00.000Z');
  });
  it.each([
    '2022-09-28T12:00:00',
    '2022-09-28 12:00:00Z',
    '2022-09-31T12:00:00Z',
    '2022-09-28T12:00:00+1:00',
    '2022-09-28T12:00:00+19:00',
  ])('refuses %j (no zone, or invalid)', (value) =>
    expect(() => parseOffsetTimestamp(value)).toThrow(MappingError),
  );
  it('writes offset timestamps in the zone’s offset at that instant, and reads them back', () => {
    const summer = new Date('2022-09-28T11:00:00Z');
    expect(formatOffsetTimestamp(summer, LONDON)).toBe('2022-09-28T12:00:00.000+01:00');
    expect(formatOffsetTimestamp(new Date('2022-12-01T11:00:00Z'), LONDON)).toBe(
      '2022-12-01T11:00:00.000+00:00',
    );
    expect(formatOffsetTimestamp(new Date('2022-12-01T11:00:00Z'), MX)).toBe('2022-12-01T05:00:00.000-06:00');
    expect(formatOffsetTimestamp(new Date('2022-12-01T11:00:00Z'), 'Asia/Kolkata')).toBe(
      '2022-12-01T16:30:00.000+05:30',
    );
    for (const zone of [LONDON, MX, NY, SANTIAGO, 'Asia/Kolkata', 'UTC']) {
      const instant = new Date('2024-03-10T07:15:30.250Z');
      expect(parseOffsetTimestamp(formatOffsetTimestamp(instant, zone)).getTime()).toBe(instant.getTime());
    }
  });
});

describe('zone-less local times (Eden) in a facility’s IANA zone', () => {
  it('knows valid zones and refuses others', () => {
    expect(isValidTimeZone(MX)).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(() => localToInstant({ date: '2024-01-01', time: '10:00:00' }, 'Mars/Olympus')).toThrow(
      MappingError,
    );
    expect(() => formatOffsetTimestamp(new Date(), 'Nope/Nope')).toThrow(MappingError);
  });

  it('Mexico City (no DST since 2022): 10:00 local is 16:00 UTC, both ways', () => {
    const instant = localToInstant({ date: '2024-07-01', time: '10:00:00' }, MX);
    expect(instant.toISOString()).toBe('2024-07-01T16:00:00.000Z');
    expect(instantToLocal(instant, MX)).toEqual({ date: '2024-07-01', time: '10:00:00' });
  });

  it('a local time in the spring-forward gap does not exist', () => {
    // New York, 2024-03-10: 02:00 → 03:00. London, 2024-03-31: 01:00 → 02:00.
    expect(() => localToInstant({ date: '2024-03-10', time: '02:30:00' }, NY)).toThrow(MappingError);
    expect(() => localToInstant({ date: '2024-03-31', time: '01:00:00' }, LONDON)).toThrow(MappingError);
    expect(localToInstant({ date: '2024-03-10', time: '01:59:59' }, NY).toISOString()).toBe(
      '2024-03-10T06:59:59.000Z',
    );
    expect(localToInstant({ date: '2024-03-10', time: '03:00:00' }, NY).toISOString()).toBe(
      '2024-03-10T07:00:00.000Z',
    );
  });

  it('a local time in the fall-back overlap is refused unless the caller says which', () => {
    const local = { date: '2024-11-03', time: '01:30:00' }; // New York, happens at -04:00 and -05:00
    expect(() => localToInstant(local, NY)).toThrow(MappingError);
    expect(localToInstant(local, NY, { ambiguous: 'earlier' }).toISOString()).toBe(
      '2024-11-03T05:30:00.000Z',
    );
    expect(localToInstant(local, NY, { ambiguous: 'later' }).toISOString()).toBe('2024-11-03T06:30:00.000Z');
    const london = { date: '2024-10-27', time: '01:00:00' };
    expect(localToInstant(london, LONDON, { ambiguous: 'earlier' }).toISOString()).toBe(
      '2024-10-27T00:00:00.000Z',
    );
    expect(localToInstant(london, LONDON, { ambiguous: 'later' }).toISOString()).toBe(
      '2024-10-27T01:00:00.000Z',
    );
  });

  it('a southern-hemisphere zone whose DST gap is at midnight (Santiago)', () => {
    // Chile, 2024-09-08: 00:00 → 01:00.
    expect(() => localToInstant({ date: '2024-09-08', time: '00:30:00' }, SANTIAGO)).toThrow(MappingError);
    expect(offsetMinutesAt(new Date('2024-07-01T12:00:00Z'), SANTIAGO)).toBe(-240);
    expect(offsetMinutesAt(new Date('2024-12-01T12:00:00Z'), SANTIAGO)).toBe(-180);
  });

  it('round-trips every quarter hour across DST days in several zones (instant → local → instant)', () => {
    const days = [
      ['2024-03-10', NY],
      ['2024-11-03', NY],
      ['2024-03-31', LONDON],
      ['2024-10-27', LONDON],
      ['2024-09-08', SANTIAGO],
      ['2024-04-07', SANTIAGO],
      ['2024-04-07', MX],
    ] as const;
    for (const [day, zone] of days) {
      const start = Date.parse(`${day}T00:00:00Z`) - 14 * 3_600_000;
      for (let ms = start; ms < start + 48 * 3_600_000; ms += 15 * 60_000) {
        const instant = new Date(ms);
        const local = instantToLocal(instant, zone);
        const earlier = localToInstant(local, zone, { ambiguous: 'earlier' }).getTime();
        const later = localToInstant(local, zone, { ambiguous: 'later' }).getTime();
        expect([earlier, later]).toContain(ms);
      }
    }
  });

  it('round-trips every existing local quarter hour (local → instant → local)', () => {
    for (const [day, zone] of [
      ['2024-03-10', NY],
      ['2024-11-03', NY],
    ] as const) {
      for (let minutes = 0; minutes < 24 * 60; minutes += 15) {
        const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;
        let instant: Date;
        try {
          instant = localToInstant({ date: day, time }, zone, { ambiguous: 'earlier' });
        } catch (error) {
          expect(error).toBeInstanceOf(MappingError);
          expect(time.startsWith('02:')).toBe(true); // only the gap hour is missing
          continue;
        }
        expect(instantToLocal(instant, zone)).toEqual({ date: day, time });
      }
    }
  });

  it('DICOM DA + TM in a facility zone ↔ instant', () => {
    const instant = dicomToInstant('20240701', '100000', MX);
    expect(instant.toISOString()).toBe('2024-07-01T16:00:00.000Z');
    expect(instantToDicom(instant, MX)).toEqual({ da: '20240701', tm: '100000' });
    expect(() => dicomToInstant('20240310', '0230', NY)).toThrow(MappingError);
  });

  it('refuses malformed local values', () => {
    expect(() => localToInstant({ date: '2024-02-30', time: '10:00:00' }, MX)).toThrow(MappingError);
    expect(() => localToInstant({ date: '2024-02-01', time: '10:00' }, MX)).toThrow(MappingError);
    expect(() => instantToLocal(new Date('nope'), MX)).toThrow(MappingError);
  });
});
