import { soloCareStore } from '@mocks/solo/care-db';
import { renderHook, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectInputIssue } from '../../test/input-error.test-helpers';
import { createQueryWrapper } from '../../test/query-wrapper';
import { expectSoloError, pinCareClock, rawSolo } from '../../test/solo.test-helpers';
import { InputError } from '../errors';
import { useSoloSlots } from './queries';
import { getSoloSlots } from './slots';

dayjs.extend(utc);
dayjs.extend(timezone);

const NY = 'Radiology Front Desk New York';
const LONDON = 'Imaging Results London';
const MEXICO = 'Teleradiología Ciudad de México';
const HOUR = 3600;
let now = 0;

beforeEach(() => {
  now = pinCareClock();
});

/** Local `HH:mm` of each free slot, and the booked local times of that day, in a room's zone. */
function bookedLocalTimes(roomName: string, zone: string, day: string): Set<string> {
  const db = soloCareStore.get();
  const room = db.waitingRooms.find((r) => r.name === roomName);
  return new Set(
    [...db.appointments.values()]
      .filter((a) => a.waitingRoomId === room?.id && a.status !== 'cancelled')
      .map((a) => dayjs.unix(a.startTime).tz(zone))
      .filter((local) => local.format('YYYY-MM-DD') === day)
      .map((local) => local.format('HH:mm')),
  );
}

function localGrid(intervals: [string, string][], step: number): string[] {
  const out: string[] = [];
  for (const [open, close] of intervals) {
    const [oh = 0, om = 0] = open.split(':').map(Number);
    const [ch = 0, cm = 0] = close.split(':').map(Number);
    for (let t = oh * 60 + om; t + step / 60 <= ch * 60 + cm; t += step / 60) {
      out.push(`${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`);
    }
  }
  return out;
}

async function daySlots(room: string, day: string, utcOffsetHours: number, duration?: number) {
  // The whole local day, as UTC instants: midnight local = midnight UTC minus the offset.
  const start = Date.parse(`${day}T00:00:00Z`) / 1000 - utcOffsetHours * HOUR;
  return getSoloSlots({ after: start, before: start + 24 * HOUR, waitingRoom: room, duration });
}

describe('DST in the seeded range', () => {
  it('America/New_York and Europe/London change offset within mockNow() ± 30 days; Mexico City does not', () => {
    const offset = (zone: string, at: number) => dayjs.unix(at).tz(zone).utcOffset();
    const [from, to] = [now - 30 * 86_400, now + 30 * 86_400];
    expect(offset('America/New_York', from)).toBe(-240);
    expect(offset('America/New_York', to)).toBe(-300);
    expect(offset('Europe/London', from)).toBe(60);
    expect(offset('Europe/London', to)).toBe(0);
    expect(offset('America/Mexico_City', from)).toBe(offset('America/Mexico_City', to));
    const zones = new Set(soloCareStore.get().waitingRooms.map((room) => room.timeZone));
    expect(zones).toEqual(new Set(['America/New_York', 'Europe/London', 'America/Mexico_City']));
  });

  it('New York slots keep 08:00 local: 12:00Z before the change (EDT), 13:00Z after it (EST)', async () => {
    const grid = localGrid(
      [
        ['08:00', '12:00'],
        ['13:00', '17:00'],
      ],
      900,
    );
    for (const [day, offset] of [
      ['2026-10-30', -4],
      ['2026-11-02', -5],
    ] as const) {
      const slots = await daySlots(NY, day, offset);
      const booked = bookedLocalTimes(NY, 'America/New_York', day);
      const expected = grid.filter((time) => !booked.has(time));
      expect(slots.map((s) => dayjs.unix(s.date).tz('America/New_York').format('HH:mm'))).toEqual(expected);
      for (const slot of slots) {
        const local = dayjs.unix(slot.date).tz('America/New_York');
        const wallClockAsUtc = Date.parse(`${day}T${local.format('HH:mm')}:00Z`) / 1000;
        expect(slot.date - wallClockAsUtc).toBe(-offset * HOUR);
        expect(slot.duration).toBe(900);
      }
    }
    // Same wall-clock opening, different UTC instant: 08:00 EDT = 12:00Z, 08:00 EST = 13:00Z.
    const opening = (day: string) =>
      dayjs.tz(`${day} 08:00`, 'YYYY-MM-DD HH:mm', 'America/New_York').utc().format('HH:mm');
    expect([opening('2026-10-30'), opening('2026-11-02')]).toEqual(['12:00', '13:00']);
    expect((await daySlots(NY, '2026-10-30', -4)).length).toBeGreaterThan(0);
    expect((await daySlots(NY, '2026-11-02', -5)).length).toBeGreaterThan(0);
  });

  it('London slots shift by one hour in UTC across 25 October 2026', async () => {
    const fri = await daySlots(LONDON, '2026-10-23', 1);
    const mon = await daySlots(LONDON, '2026-10-26', 0);
    for (const slot of fri) expect(dayjs.unix(slot.date).utc().hour()).toBeGreaterThanOrEqual(8);
    for (const slot of mon) expect(dayjs.unix(slot.date).utc().hour()).toBeGreaterThanOrEqual(9);
    for (const slot of [...fri, ...mon]) {
      const local = dayjs.unix(slot.date).tz('Europe/London').format('HH:mm');
      expect(localGrid([['09:00', '17:20']], 1200)).toContain(local);
    }
  });
});

describe('GET /qapi/v1/appointment-slots', () => {
  it('answers free slots of the room duration, inside [after, before]; none on closed days', async () => {
    const slots = await daySlots(MEXICO, '2026-11-24', -6);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) {
      expect(slot.duration).toBe(1800);
      expect(dayjs.unix(slot.date).tz('America/Mexico_City').format('YYYY-MM-DD')).toBe('2026-11-24');
    }
    expect(await daySlots(MEXICO, '2026-11-22', -6)).toEqual([]); // a Sunday
  });

  it('uses the requested duration', async () => {
    const slots = await daySlots(NY, '2026-11-25', -5, 3600);
    expect(slots.length).toBeGreaterThan(0);
    for (const slot of slots) expect(slot.duration).toBe(3600);
  });

  it('requires after, before and waitingRoom (client schema and mock)', async () => {
    const full = { after: now, before: now + 86_400, waitingRoom: NY };
    for (const missing of ['after', 'before', 'waitingRoom'] as const) {
      const { [missing]: _drop, ...rest } = full;
      await expect(getSoloSlots(rest as typeof full)).rejects.toBeInstanceOf(InputError);
      await expectSoloError(
        rawSolo('GET', '/qapi/v1/appointment-slots', undefined, rest),
        400,
        `Query parameter ${missing} is required.`,
      );
    }
  });

  it('keeps duration within [1, 86400] (client schema and mock) and before after after', async () => {
    const full = { after: now, before: now + 86_400, waitingRoom: NY };
    for (const duration of [0, 86_401]) {
      await expect(getSoloSlots({ ...full, duration })).rejects.toBeInstanceOf(InputError);
      await expectSoloError(
        rawSolo('GET', '/qapi/v1/appointment-slots', undefined, { ...full, duration }),
        400,
        'Field duration should be in range [1, 86400].',
      );
    }
    await expectInputIssue(getSoloSlots({ ...full, before: now }), 'before', 'validation.endNotAfterStart');
    await expectSoloError(
      rawSolo('GET', '/qapi/v1/appointment-slots', undefined, { ...full, before: now }),
      400,
      /before must be later/,
    );
  });

  it('answers 404 for an unknown waiting room', async () => {
    await expectSoloError(
      getSoloSlots({ after: now, before: now + 86_400, waitingRoom: 'Nowhere' }),
      404,
      'Waiting room "Nowhere" not found.',
    );
  });

  it('works through useSoloSlots (disabled until the query is complete)', async () => {
    const { wrapper } = createQueryWrapper();
    const { result, rerender } = renderHook(
      ({ room }: { room: string }) =>
        useSoloSlots({ after: now, before: now + 3 * 86_400, waitingRoom: room }),
      { wrapper, initialProps: { room: '' } },
    );
    expect(result.current.fetchStatus).toBe('idle');
    rerender({ room: NY });
    // A condition, not a time limit: three days of slots in three zones take a while on a busy machine.
    await waitFor(() => expect(result.current.isSuccess).toBe(true), { timeout: 10_000 });
    expect(result.current.data?.length).toBeGreaterThan(0);
  });
});
