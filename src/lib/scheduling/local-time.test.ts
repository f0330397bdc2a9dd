import { describe, expect, it } from 'vitest';
import { checkLocalTime, normaliseWallTime } from './local-time';
import {
  cleanZoneSettings,
  DEFAULT_LOCATION_ZONES,
  knownTimeZones,
  resolveLocationZone,
} from './location-zones';

// Runs under TZ=UTC and a far zone: only the facility's zone matters.
describe('a local time typed for a facility', () => {
  it('accepts an ordinary time and gives its instant', () => {
    const check = checkLocalTime('2026-11-20', '09:30', 'America/Mexico_City');
    expect(check).toEqual({ kind: 'ok', instant: Date.parse('2026-11-20T15:30:00Z'), offsetMinutes: -360 });
  });

  it('refuses a time the clocks skip, naming the gap', () => {
    expect(checkLocalTime('2027-03-14', '02:30:00', 'America/Tijuana')).toEqual({
      kind: 'nonexistent',
      gapFrom: '02:00',
      gapTo: '03:00',
      jumpAt: Date.parse('2027-03-14T10:00:00Z'),
    });
    expect(checkLocalTime('2026-03-29', '01:15', 'Europe/London')).toMatchObject({
      kind: 'nonexistent',
      gapFrom: '01:00',
      gapTo: '02:00',
    });
  });

  it('names both instants of a time that happens twice', () => {
    expect(checkLocalTime('2026-11-01', '01:30', 'America/New_York')).toEqual({
      kind: 'ambiguous',
      repeatFrom: '01:00',
      repeatTo: '02:00',
      earlier: { instant: Date.parse('2026-11-01T05:30:00Z'), offsetMinutes: -240 },
      later: { instant: Date.parse('2026-11-01T06:30:00Z'), offsetMinutes: -300 },
    });
  });

  it('accepts the minutes right around a change', () => {
    expect(checkLocalTime('2027-03-14', '01:59', 'America/Tijuana').kind).toBe('ok');
    expect(checkLocalTime('2027-03-14', '03:00', 'America/Tijuana').kind).toBe('ok');
    expect(checkLocalTime('2026-11-01', '00:59', 'America/New_York').kind).toBe('ok');
    expect(checkLocalTime('2026-11-01', '02:00', 'America/New_York').kind).toBe('ok');
  });

  it('leaves empty and malformed entries to the form', () => {
    expect(checkLocalTime('', '', 'UTC')).toEqual({ kind: 'empty' });
    expect(checkLocalTime('2026-02-30', '10:00', 'UTC')).toEqual({ kind: 'invalid' });
    expect(checkLocalTime('2026-02-20', '25:00', 'UTC')).toEqual({ kind: 'invalid' });
    expect(normaliseWallTime('9:05')).toBe('09:05:00');
    expect(normaliseWallTime('09:05:30')).toBe('09:05:30');
    expect(normaliseWallTime('9.05')).toBeNull();
  });
});

describe('location zones', () => {
  const room = { kind: 'solo-room', id: 'Imaging Results London' } as const;
  it('takes the setting, then the default, then the vendor hint, then the browser', () => {
    expect(resolveLocationZone(room, {}, 'Asia/Tokyo')).toEqual({
      timeZone: 'Europe/London',
      source: 'default',
    });
    expect(resolveLocationZone(room, { 'solo-room:Imaging Results London': 'Europe/Dublin' }, 'UTC')).toEqual(
      {
        timeZone: 'Europe/Dublin',
        source: 'setting',
      },
    );
    const other = { kind: 'eden-facility', id: 'NEW' } as const;
    expect(resolveLocationZone(other, {}, 'Asia/Tokyo', 'America/Bogota')).toEqual({
      timeZone: 'America/Bogota',
      source: 'vendor',
    });
    expect(resolveLocationZone(other, {}, 'Asia/Tokyo', 'Mars/Olympus')).toEqual({
      timeZone: 'Asia/Tokyo',
      source: 'browser',
    });
  });
  it('keeps only valid stored settings', () => {
    expect(
      cleanZoneSettings({
        'solo-room:A': 'Europe/Paris',
        'solo-room:B': 'Nowhere/City',
        other: 'UTC',
        'eden-facility:X': 3,
      }),
    ).toEqual({ 'solo-room:A': 'Europe/Paris' });
    expect(cleanZoneSettings('nope')).toEqual({});
    expect(Object.values(DEFAULT_LOCATION_ZONES).every((zone) => knownTimeZones().includes(zone))).toBe(true);
  });
});
