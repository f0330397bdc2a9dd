import { isApiError, NetworkError, TimeoutError, VendorError } from '../errors';
import type { CallOptions } from '../http';
import { listSoloAgenda } from './appointment-agenda';
import {
  createSoloAppointment,
  getSoloAppointment,
  getSoloVideoCallLinksByExternalId,
  type SoloCreateAppointmentInput,
  type SoloPatientRef,
  updateSoloAppointment,
} from './appointments';
import { getSoloSlots } from './slots';

/*
 * Booking a slot exactly once, and never a slot someone else holds.
 * 1. The external id is the client's idempotency key (Solo keeps it unique, assumption 11 in ./common.ts):
 *    one per booking attempt, kept across retries. A retry first looks for it, so a booking whose answer
 *    was lost is found, not made again.
 * 2. Just before sending, the slot is checked again against `GET /appointment-slots`: a slot that is gone
 *    is refused before anything is written.
 * 3. A 409 is either our own earlier attempt (the external id exists: success) or someone else's booking
 *    of the slot (SoloSlotTakenError). A lost answer (network, timeout, 5xx) is looked up the same way.
 * Finding the appointment's id by its external id: `GET /appointments/{externalId}/video-call-links` proves
 * it exists; its id is read from the day's CSV data dump (same room, start and patient).
 */

export interface SoloBookingRequest {
  patient: SoloPatientRef;
  input: SoloCreateAppointmentInput & { date: number; duration: number; externalId: string };
}

export interface SoloBooking {
  /** Null when the booking was found by its external id but not (yet) in the data dump. */
  id: number | null;
  visitUrl: string | null;
  /** True when an earlier attempt had already booked it (its answer was lost). */
  replayed: boolean;
}

/** The slot is no longer free: checked before sending (`gone`) or refused by Solo (`taken`, a 409). */
export class SoloSlotTakenError extends Error {
  override readonly name = 'SoloSlotTakenError';
  constructor(
    readonly when: 'gone' | 'taken',
    readonly slotStart: number,
  ) {
    super(`The slot at ${new Date(slotStart * 1000).toISOString()} is no longer free (${when}).`);
  }
}

export function isSoloSlotTakenError(error: unknown): error is SoloSlotTakenError {
  return error instanceof SoloSlotTakenError;
}

/** Whether a request may have been processed although its answer never arrived. */
function answerMayBeLost(error: unknown): boolean {
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  return error instanceof VendorError && error.status >= 500;
}

const utcDay = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().slice(0, 10);

function samePatient(patient: SoloPatientRef, entry: { patientSpid: number; patientId: string }): boolean {
  if ('spid' in patient) return entry.patientSpid === patient.spid;
  if ('patientId' in patient) return entry.patientId === patient.patientId;
  return true; // an HSID is not in the dump: room and start identify the slot
}

/**
 * The booking made with this external id, or null when there is none. Network errors of the lookup are
 * thrown (the caller cannot tell).
 */
export async function findSoloBookingByExternalId(
  request: SoloBookingRequest,
  options: CallOptions = {},
): Promise<SoloBooking | null> {
  let links: Awaited<ReturnType<typeof getSoloVideoCallLinksByExternalId>>;
  try {
    links = await getSoloVideoCallLinksByExternalId(request.input.externalId, options);
  } catch (error) {
    if (error instanceof VendorError && error.status === 404) return null;
    throw error;
  }
  const { date, waitingRoom } = request.input;
  let id: number | null = null;
  try {
    const day = await listSoloAgenda({ from: utcDay(date), to: utcDay(date) }, options);
    id =
      day.find(
        (entry) =>
          entry.start === date * 1000 &&
          entry.waitingRoom === waitingRoom &&
          entry.status !== 'cancelled' &&
          samePatient(request.patient, entry),
      )?.id ?? null;
  } catch (error) {
    if (!isApiError(error)) throw error;
  }
  return { id, visitUrl: links.patientVisitUrl, replayed: true };
}

/** Whether the slot at `date` (unix seconds) is still offered. */
export async function isSoloSlotFree(
  slot: { date: number; duration: number; waitingRoom: string },
  options: CallOptions = {},
): Promise<boolean> {
  const free = await getSoloSlots(
    {
      after: slot.date,
      before: slot.date + slot.duration,
      waitingRoom: slot.waitingRoom,
      duration: slot.duration,
    },
    options,
  );
  return free.some((candidate) => candidate.date === slot.date);
}

/**
 * Books once (see the top of this file). `alreadySent`: an earlier attempt with this external id was sent
 * and its outcome is unknown, so look for it before anything else.
 */
export async function bookSoloAppointmentOnce(
  request: SoloBookingRequest,
  { alreadySent = false, ...options }: CallOptions & { alreadySent?: boolean } = {},
): Promise<SoloBooking> {
  if (alreadySent) {
    const existing = await findSoloBookingByExternalId(request, options);
    if (existing) return existing;
  }
  const { date, duration, waitingRoom } = request.input;
  if (!(await isSoloSlotFree({ date, duration, waitingRoom }, options))) {
    throw new SoloSlotTakenError('gone', date);
  }
  try {
    const created = await createSoloAppointment(request.patient, request.input, options);
    return { id: created.id, visitUrl: created.visitUrl, replayed: false };
  } catch (error) {
    const conflict = error instanceof VendorError && error.status === 409;
    if (!conflict && !answerMayBeLost(error)) throw error;
    let existing: SoloBooking | null;
    try {
      existing = await findSoloBookingByExternalId(request, options);
    } catch {
      throw error; // cannot tell: the caller retries with alreadySent
    }
    if (existing) return existing;
    if (conflict) throw new SoloSlotTakenError('taken', date);
    throw error;
  }
}

/**
 * Moves an appointment to another free slot, once: a retry after a lost answer first reads the appointment
 * (already there: done); the slot is checked again just before sending; a 409 is the slot taken meanwhile.
 */
export async function rescheduleSoloAppointmentOnce(
  change: { id: number; waitingRoom: string; date: number; duration: number },
  { alreadySent = false, ...options }: CallOptions & { alreadySent?: boolean } = {},
): Promise<SoloBooking> {
  if (alreadySent) {
    const current = await getSoloAppointment(change.id, options);
    if (current.date === change.date && current.duration === change.duration) {
      return { id: change.id, visitUrl: null, replayed: true };
    }
  }
  if (!(await isSoloSlotFree(change, options))) throw new SoloSlotTakenError('gone', change.date);
  try {
    const moved = await updateSoloAppointment(
      change.id,
      { date: change.date, duration: change.duration },
      options,
    );
    return { id: moved.id, visitUrl: moved.visitUrl, replayed: false };
  } catch (error) {
    if (error instanceof VendorError && error.status === 409) {
      const current = await getSoloAppointment(change.id, options).catch(() => null);
      if (current && current.date === change.date && current.duration === change.duration) {
        return { id: change.id, visitUrl: null, replayed: true };
      }
      if (current?.status === 'scheduled') throw new SoloSlotTakenError('taken', change.date);
    }
    throw error;
  }
}

/**
 * Cancels once: cancelling again (a retry after a lost answer) meets Solo's 409 for a finished appointment;
 * when the appointment is cancelled by then, that is success.
 */
export async function cancelSoloAppointmentOnce(
  id: number,
  options: CallOptions = {},
): Promise<{ replayed: boolean }> {
  try {
    await updateSoloAppointment(id, { status: 'cancelled' }, options);
    return { replayed: false };
  } catch (error) {
    if (!(error instanceof VendorError && error.status === 409) && !answerMayBeLost(error)) throw error;
    const current = await getSoloAppointment(id, options).catch(() => null);
    if (current?.status === 'cancelled') return { replayed: true };
    throw error;
  }
}
