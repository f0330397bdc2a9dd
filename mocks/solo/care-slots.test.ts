import { describe, expect, it } from 'vitest';
import {
  computeSlots,
  localToUnix,
  openingIntervals,
  overlaps,
  type SlotRoom,
  withinOpeningHours,
} from './care-slots';

const room: SlotRoom = {
  timeZone: 'America/New_York',
  slotDuration: 900,
  hours: [[], [{ open: '08:00', close: '09:00' }], [], [], [], [], []], // Mondays 08:00–09:00
};
const MON_EDT = '2026-10-26';
const MON_EST = '2026-11-02';

describe('care-slots', () => {
  it('localToUnix converts wall-clock time with the zone offset of that date', () => {
    expect(localToUnix(MON_EDT, '08:00', 'America/New_York')).toBe(Date.parse('2026-10-26T12:00:00Z') / 1000);
    expect(localToUnix(MON_EST, '08:00', 'America/New_York')).toBe(Date.parse('2026-11-02T13:00:00Z') / 1000);
    expect(localToUnix(MON_EST, '08:00', 'America/Mexico_City')).toBe(
      Date.parse('2026-11-02T14:00:00Z') / 1000,
    );
  });

  it('openingIntervals walks local days across the DST change', () => {
    const after = Date.parse('2026-10-25T00:00:00Z') / 1000;
    const before = Date.parse('2026-11-04T00:00:00Z') / 1000;
    expect(openingIntervals(room, after, before).map(([s]) => new Date(s * 1000).toISOString())).toEqual([
      '2026-10-26T12:00:00.000Z',
      '2026-11-02T13:00:00.000Z',
    ]);
  });

  it('computeSlots steps by duration, stays inside [after, before] and skips booked overlaps', () => {
    const open = localToUnix(MON_EST, '08:00', room.timeZone);
    expect(computeSlots(room, open, open + 3600, 900, []).map((s) => s.date - open)).toEqual([
      0, 900, 1800, 2700,
    ]);
    expect(computeSlots(room, open + 1, open + 3600, 900, []).map((s) => s.date - open)).toEqual([
      900, 1800, 2700,
    ]);
    expect(computeSlots(room, open, open + 3599, 900, []).map((s) => s.date - open)).toEqual([0, 900, 1800]);
    expect(computeSlots(room, open, open + 3600, 1800, []).map((s) => s.date - open)).toEqual([0, 1800]);
    expect(computeSlots(room, open, open + 3600, 3601, [])).toEqual([]);
    const booked = [{ startTime: open + 1000, duration: 100 }];
    expect(computeSlots(room, open, open + 3600, 900, booked).map((s) => s.date - open)).toEqual([
      0, 1800, 2700,
    ]);
  });

  it('withinOpeningHours and overlaps', () => {
    const open = localToUnix(MON_EST, '08:00', room.timeZone);
    expect(withinOpeningHours(room, open, 3600)).toBe(true);
    expect(withinOpeningHours(room, open, 3601)).toBe(false);
    expect(withinOpeningHours(room, open - 1, 60)).toBe(false);
    expect(withinOpeningHours(room, open + 86_400, 60)).toBe(false); // Tuesday: closed
    expect(overlaps(0, 10, 10, 10)).toBe(false);
    expect(overlaps(0, 11, 10, 10)).toBe(true);
    expect(overlaps(15, 1, 10, 10)).toBe(true);
  });
});
