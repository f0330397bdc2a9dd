import { faults } from '@mocks/faults';
import { soloCareStore } from '@mocks/solo/care-db';
import { beforeEach, describe, expect, it } from 'vitest';
import { pinCareClock } from '../../test/solo.test-helpers';
import { ContractError, NetworkError } from '../errors';
import { listSoloAgenda, readSoloAgendaCsv } from './appointment-agenda';
import {
  bookSoloAppointmentOnce,
  findSoloBookingByExternalId,
  isSoloSlotFree,
  rescheduleSoloAppointmentOnce,
  type SoloBookingRequest,
  SoloSlotTakenError,
} from './appointment-book-once';
import { getSoloSlots } from './slots';

const ROOM = 'Radiology Front Desk New York';
let now = 0;

beforeEach(() => {
  now = pinCareClock();
});

async function freeSlot(offsetDays = 3) {
  const after = now + offsetDays * 86_400;
  const [slot] = await getSoloSlots({ after, before: after + 86_400, waitingRoom: ROOM });
  if (!slot) throw new Error('no free slot');
  return slot;
}

function request(
  slot: { date: number; duration: number },
  externalId: string,
  spid = 100_002,
): SoloBookingRequest {
  return {
    patient: { spid },
    input: {
      waitingRoom: ROOM,
      date: slot.date,
      duration: slot.duration,
      externalId,
      reasons: ['MRI results'],
    },
  };
}

function bookedAt(date: number) {
  const db = soloCareStore.get();
  const room = db.waitingRooms.find((r) => r.name === ROOM);
  return [...db.appointments.values()].filter(
    (a) => a.waitingRoomId === room?.id && a.startTime === date && a.status !== 'cancelled',
  );
}

describe('booking a Solo slot once', () => {
  it('books a free slot, which then is no longer offered', async () => {
    const slot = await freeSlot();
    const booking = await bookSoloAppointmentOnce(request(slot, 'ext-1'));
    expect(booking).toMatchObject({ replayed: false, visitUrl: expect.stringMatching(/^https:/) });
    expect(bookedAt(slot.date)).toHaveLength(1);
    expect(await isSoloSlotFree({ ...slot, waitingRoom: ROOM })).toBe(false);
  });

  it('refuses a slot that was taken after it was shown, before sending anything', async () => {
    const slot = await freeSlot();
    await bookSoloAppointmentOnce(request(slot, 'desk-a'));
    const error = await bookSoloAppointmentOnce(request(slot, 'desk-b', 100_003)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SoloSlotTakenError);
    expect((error as SoloSlotTakenError).when).toBe('gone');
    expect(bookedAt(slot.date)).toHaveLength(1);
  });

  it('two desks at once: exactly one booking, the other is told the slot was taken', async () => {
    const slot = await freeSlot();
    const results = await Promise.allSettled([
      bookSoloAppointmentOnce(request(slot, 'desk-a', 100_004)),
      bookSoloAppointmentOnce(request(slot, 'desk-b', 100_005)),
    ]);
    const booked = results.filter((r) => r.status === 'fulfilled');
    const refused = results.filter((r) => r.status === 'rejected');
    expect(booked).toHaveLength(1);
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(SoloSlotTakenError);
    expect(bookedAt(slot.date)).toHaveLength(1);
  });

  it('finds its own booking when the answer was lost, instead of booking again', async () => {
    const slot = await freeSlot();
    faults.set({
      failure: 'network',
      vendor: 'solo',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    const booking = await bookSoloAppointmentOnce(request(slot, 'ext-lost'));
    expect(booking.replayed).toBe(true);
    const [appointment] = bookedAt(slot.date);
    expect(booking.id).toBe(appointment?.id);
    expect(bookedAt(slot.date)).toHaveLength(1);
  });

  it('pressing Book again after a lost answer finds the same booking by its external id', async () => {
    const slot = await freeSlot();
    faults.set({
      failure: 'server-error',
      vendor: 'solo',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    const first = await bookSoloAppointmentOnce(request(slot, 'ext-retry'));
    expect(first).toMatchObject({ replayed: true });
    const again = await bookSoloAppointmentOnce(request(slot, 'ext-retry'), { alreadySent: true });
    expect(again).toMatchObject({ replayed: true, id: bookedAt(slot.date)[0]?.id });
    expect(bookedAt(slot.date)).toHaveLength(1);
  });

  it('passes an unreadable outcome on, so the user can retry, and the retry does not book twice', async () => {
    const slot = await freeSlot();
    faults.set({
      failure: 'network',
      vendor: 'solo',
      methods: 'all',
      afterProcessing: true,
      remaining: null,
    });
    // Everything fails: the slot check itself cannot run.
    await expect(bookSoloAppointmentOnce(request(slot, 'ext-down'))).rejects.toBeInstanceOf(NetworkError);
    faults.reset();
    const booking = await bookSoloAppointmentOnce(request(slot, 'ext-down'), { alreadySent: true });
    expect(booking.replayed).toBe(false);
    expect(bookedAt(slot.date)).toHaveLength(1);
  });

  it('answers null for an external id that was never booked', async () => {
    const slot = await freeSlot();
    expect(await findSoloBookingByExternalId(request(slot, 'never'))).toBeNull();
  });
});

describe('moving an appointment once', () => {
  it('moves to a free slot, frees the old one, and refuses a slot taken meanwhile', async () => {
    const [from, to, other] = await getSoloSlots({
      after: now + 4 * 86_400,
      before: now + 5 * 86_400,
      waitingRoom: ROOM,
    });
    if (!from || !to || !other) throw new Error('no free slots');
    const booking = await bookSoloAppointmentOnce(request(from, 'ext-move'));
    const id = booking.id ?? 0;
    await expect(rescheduleSoloAppointmentOnce({ id, waitingRoom: ROOM, ...to })).resolves.toMatchObject({
      id,
      replayed: false,
    });
    expect(bookedAt(to.date).map((a) => a.id)).toEqual([id]);
    expect(bookedAt(from.date)).toEqual([]);
    await bookSoloAppointmentOnce(request(other, 'ext-other', 100_009));
    await expect(rescheduleSoloAppointmentOnce({ id, waitingRoom: ROOM, ...other })).rejects.toBeInstanceOf(
      SoloSlotTakenError,
    );
    expect(bookedAt(to.date).map((a) => a.id)).toEqual([id]);
  });

  it('a retry after a lost answer finds the appointment already moved', async () => {
    const [from, to] = await getSoloSlots({
      after: now + 6 * 86_400,
      before: now + 7 * 86_400,
      waitingRoom: ROOM,
    });
    if (!from || !to) throw new Error('no free slots');
    const id = (await bookSoloAppointmentOnce(request(from, 'ext-move-lost'))).id ?? 0;
    faults.set({
      failure: 'network',
      vendor: 'solo',
      methods: 'writes',
      afterProcessing: true,
      remaining: 1,
    });
    await expect(rescheduleSoloAppointmentOnce({ id, waitingRoom: ROOM, ...to })).rejects.toBeInstanceOf(
      NetworkError,
    );
    await expect(
      rescheduleSoloAppointmentOnce({ id, waitingRoom: ROOM, ...to }, { alreadySent: true }),
    ).resolves.toMatchObject({
      id,
      replayed: true,
    });
    expect(bookedAt(to.date).map((a) => a.id)).toEqual([id]);
  });
});

describe('the agenda from the CSV data dump', () => {
  it('lists the appointments of a day with their status and room, a new booking included', async () => {
    const slot = await freeSlot();
    const booking = await bookSoloAppointmentOnce(request(slot, 'ext-agenda'));
    const day = new Date(slot.date * 1000).toISOString().slice(0, 10);
    const agenda = await listSoloAgenda({ from: day, to: day });
    expect(agenda.length).toBeGreaterThan(1);
    expect(agenda.map((entry) => entry.start)).toEqual(
      [...agenda.map((entry) => entry.start)].sort((a, b) => a - b),
    );
    expect(agenda.find((entry) => entry.id === booking.id)).toMatchObject({
      start: slot.date * 1000,
      duration: slot.duration,
      status: 'scheduled',
      waitingRoom: ROOM,
      patientSpid: 100_002,
      reasons: ['MRI results'],
    });
  });

  it('reads quoted cells, and calls a dump without a needed column a contract error', () => {
    const header =
      'appointment_id,patient_spid,patient_id,mrn,patient_name,start_time,duration_seconds,status,waiting_room,reasons';
    const line =
      '7,100001,EXT-1,MRN-1,"Doe, ""Jo""",2026-11-21T13:00:00+00:00,900,scheduled,Room A,"CT; X-ray"';
    expect(readSoloAgendaCsv(`${header}\r\n${line}\r\n`)).toEqual([
      {
        id: 7,
        patientSpid: 100_001,
        patientId: 'EXT-1',
        mrn: 'MRN-1',
        patientName: 'Doe, "Jo"',
        start: Date.parse('2026-11-21T13:00:00Z'),
        duration: 900,
        status: 'scheduled',
        waitingRoom: 'Room A',
        reasons: ['CT', 'X-ray'],
      },
    ]);
    expect(() => readSoloAgendaCsv('appointment_id,status\r\n1,scheduled\r\n')).toThrow(ContractError);
    expect(() => readSoloAgendaCsv(`${header}\r\n${line.replace('scheduled', 'booked')}\r\n`)).toThrow(
      ContractError,
    );
  });
});
