import dayjs from 'dayjs';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { SOLO_APPOINTMENT_UPDATE_STATUSES } from '../../src/api/solo/common';
import { mockNow } from '../clock';
import {
  getSoloAppointment,
  getSoloAppointmentByExternalId,
  getSoloEpisode,
  getSoloPatient,
  getSoloPatientByHsid,
  getSoloWaitingRoomByName,
  soloCareStore,
} from './care-db';
import { patientNotFound } from './care-patient-handlers';
import type {
  SoloMockAppointment,
  SoloMockEpisode,
  SoloMockPatient,
  SoloMockWaitingRoom,
} from './care-records';
import {
  BASE,
  checkDuration,
  fail,
  optInt,
  optString,
  optStringArray,
  readObject,
  toResponse,
  VISIT_HOST,
} from './care-requests';
import { overlaps, withinOpeningHours } from './care-slots';
import { applyStatusChange, emitAppointmentEvents, isFinished } from './care-workflow';
import { soloError } from './integration-config';
import { emitSoloWebhook, type SoloWebhookEvent } from './webhook-bus';

/** An episode of this very patient, or a 422. */
export function checkEpisodeOfPatient(episodeId: string, patient: SoloMockPatient): SoloMockEpisode {
  const episode = getSoloEpisode(episodeId);
  if (!episode) return fail(`Episode ${episodeId} not found.`, 404);
  if (episode.patientSpid !== patient.spid) {
    return fail(`Episode ${episodeId} belongs to another patient.`, 422);
  }
  return episode;
}

/** Solo care mock: appointments, their updates and video-call links. */

// ---- appointments ---------------------------------------------------------------------------------

export const visitUrl = (a: SoloMockAppointment) => `${VISIT_HOST}/checkin/${a.id}`;
export const providerVisitUrl = (a: SoloMockAppointment) => `${VISIT_HOST}/provider/visit/${a.id}`;
export const patientVisitUrl = (a: SoloMockAppointment) => `${VISIT_HOST}/patient/visit/${a.id}`;

export function roomOf(appointment: SoloMockAppointment): SoloMockWaitingRoom | undefined {
  return soloCareStore.get().waitingRooms.find((room) => room.id === appointment.waitingRoomId);
}

export function activeBookings(roomId: string, except?: number): SoloMockAppointment[] {
  return [...soloCareStore.get().appointments.values()].filter(
    (a) => a.waitingRoomId === roomId && a.status !== 'cancelled' && a.id !== except,
  );
}

/** Throws unless [start, start + duration) is inside the room's hours and free. */
function checkSlotFree(room: SoloMockWaitingRoom, start: number, duration: number, except?: number): void {
  if (!withinOpeningHours(room, start, duration)) {
    fail(
      `The time ${dayjs.unix(start).tz(room.timeZone).format('YYYY-MM-DD HH:mm')} (${room.timeZone}) is outside the opening hours of waiting room "${room.name}".`,
      422,
    );
  }
  const clash = activeBookings(room.id, except).find((a) =>
    overlaps(start, duration, a.startTime, a.duration),
  );
  if (clash) {
    fail(
      `The slot at ${dayjs.unix(start).tz(room.timeZone).format('YYYY-MM-DD HH:mm')} (${room.timeZone}) in waiting room "${room.name}" is no longer available.`,
      409,
    );
  }
}

function findExternalIdOwner(externalId: string): SoloMockAppointment | undefined {
  return getSoloAppointmentByExternalId(externalId);
}

export async function createAppointment(patient: SoloMockPatient | undefined, ref: string, request: Request) {
  if (!patient) return patientNotFound(ref);
  try {
    const body = await readObject(request);
    const waitingRoomName = optString(body, 'waitingRoom');
    if (waitingRoomName === undefined || waitingRoomName.trim() === '')
      return fail('Field waitingRoom is required.');
    const date = optInt(body, 'date');
    const duration = optInt(body, 'duration');
    checkDuration(duration);
    const reasons = optStringArray(body, 'reasons') ?? [];
    const externalId = optString(body, 'externalId');
    const episodeOfCareId = optString(body, 'episodeOfCareId');
    const accountNumber = optString(body, 'accountNumber');
    // From here to the write: no await.
    const room = getSoloWaitingRoomByName(waitingRoomName);
    if (!room) return fail(`Waiting room "${waitingRoomName}" not found.`, 404);
    if (externalId !== undefined && findExternalIdOwner(externalId)) {
      return fail(`An appointment with externalId ${externalId} already exists.`, 409);
    }
    if (episodeOfCareId !== undefined) checkEpisodeOfPatient(episodeOfCareId, patient);
    const length = duration ?? room.slotDuration;
    const start = date ?? Math.floor(mockNow().getTime() / 1000);
    if (date !== undefined) checkSlotFree(room, start, length);
    const db = soloCareStore.get();
    const appointment: SoloMockAppointment = {
      id: db.nextAppointmentId++,
      patientId: patient.spid,
      startTime: start,
      duration: length,
      status: 'scheduled',
      waitingRoomId: room.id,
      reasons,
      externalId: externalId ?? null,
      episodeOfCareId: episodeOfCareId ?? null,
      accountNumber: accountNumber ?? null,
      videoCall: null,
      providerIds: [],
      visitNotes: [],
    };
    db.appointments.set(appointment.id, appointment);
    await emitSoloWebhook('appointment:scheduled', { appointmentId: appointment.id });
    return HttpResponse.json({ id: appointment.id, visitUrl: visitUrl(appointment) }, { status: 201 });
  } catch (error) {
    return toResponse(error);
  }
}

export function appointmentNotFound(ref: string) {
  return soloError(404, `Appointment ${ref} not found.`);
}

export function appointmentById(raw: unknown): SoloMockAppointment | undefined {
  const id = Number(raw);
  return Number.isInteger(id) ? getSoloAppointment(id) : undefined;
}

function appointmentBody(a: SoloMockAppointment) {
  const db = soloCareStore.get();
  const patient = db.patients.get(a.patientId);
  return {
    id: a.id,
    date: a.startTime,
    duration: a.duration,
    reasons: a.reasons,
    status: a.status,
    videoCall: a.videoCall,
    externalId: a.externalId,
    patient: { id: patient?.id ?? String(a.patientId), demographics: patient?.demographics ?? {} },
    providers: db.providers.filter((p) => a.providerIds.includes(p.id)),
  };
}

function videoCallLinks(a: SoloMockAppointment) {
  return {
    appointmentExternalId: a.externalId,
    providerVisitUrl: providerVisitUrl(a),
    patientVisitUrl: patientVisitUrl(a),
  };
}

export const appointmentHandlers: RequestHandler[] = [
  http.post(`${BASE}/patients/id/type/SPID/value/:spid/appointments`, ({ params, request }) =>
    createAppointment(getSoloPatient(Number(params.spid)), `with SPID ${String(params.spid)}`, request),
  ),
  http.post(`${BASE}/patients/HSID/:hsid/appointments`, ({ params, request }) =>
    createAppointment(getSoloPatientByHsid(String(params.hsid)), `with HSID ${String(params.hsid)}`, request),
  ),
  http.post(`${BASE}/patients/:patientId/appointments`, ({ params, request }) =>
    createAppointment(getSoloPatient(String(params.patientId)), String(params.patientId), request),
  ),
  http.get(`${BASE}/appointments/id/type/SAID/value/:said/video-call-links`, ({ params }) => {
    const appointment = appointmentById(params.said);
    if (!appointment) return appointmentNotFound(`with SAID ${String(params.said)}`);
    return HttpResponse.json(videoCallLinks(appointment));
  }),
  http.get(`${BASE}/appointments/:externalId/video-call-links`, ({ params }) => {
    const appointment = getSoloAppointmentByExternalId(String(params.externalId));
    if (!appointment) return appointmentNotFound(`with external id ${String(params.externalId)}`);
    return HttpResponse.json(videoCallLinks(appointment));
  }),
  http.get(`${BASE}/appointments/:id/provider-link`, ({ params }) => {
    const appointment = appointmentById(params.id);
    if (!appointment) return appointmentNotFound(String(params.id));
    return HttpResponse.json({ id: appointment.id, providerVisitUrl: providerVisitUrl(appointment) });
  }),
  http.get(`${BASE}/appointments/:id/msteams-provider-link`, ({ params, request }) => {
    const token = request.headers.get('Teams-Auth-Token');
    if (!token?.trim()) return soloError(401, 'Teams-Auth-Token header is required.');
    const appointment = appointmentById(params.id);
    if (!appointment) return appointmentNotFound(String(params.id));
    return HttpResponse.json({
      id: appointment.id,
      msTeamsProviderVisitUrl: `https://teams.microsoft.com/v2/?meetingjoin=true&solo-appointment=${appointment.id}`,
    });
  }),
  http.get(`${BASE}/appointments/:id`, ({ params }) => {
    const appointment = appointmentById(params.id);
    return appointment
      ? HttpResponse.json(appointmentBody(appointment))
      : appointmentNotFound(String(params.id));
  }),
  http.put(`${BASE}/appointments/:id`, async ({ params, request }) => {
    const appointment = appointmentById(params.id);
    if (!appointment) return appointmentNotFound(String(params.id));
    try {
      const body = await readObject(request);
      const date = optInt(body, 'date');
      const duration = optInt(body, 'duration');
      checkDuration(duration);
      const status = optString(body, 'status');
      if (status !== undefined && !(SOLO_APPOINTMENT_UPDATE_STATUSES as readonly string[]).includes(status)) {
        fail(`Field status: only ${SOLO_APPOINTMENT_UPDATE_STATUSES.join(', ')} is allowed.`);
      }
      const externalId = optString(body, 'externalId');
      const reasons = optStringArray(body, 'reasons');
      const accountNumber = optString(body, 'accountNumber');
      // Checks and writes, with no await in between.
      if (externalId !== undefined) {
        const owner = findExternalIdOwner(externalId);
        if (owner && owner.id !== appointment.id)
          fail(`An appointment with externalId ${externalId} already exists.`, 409);
      }
      const events: SoloWebhookEvent[] = [];
      const moves =
        (date !== undefined && date !== appointment.startTime) ||
        (duration !== undefined && duration !== appointment.duration);
      if (moves && status === undefined) {
        if (appointment.status !== 'scheduled') {
          fail(
            `Appointment ${appointment.id} is "${appointment.status}" and can no longer be rescheduled.`,
            409,
          );
        }
        const room = roomOf(appointment);
        if (room)
          checkSlotFree(
            room,
            date ?? appointment.startTime,
            duration ?? appointment.duration,
            appointment.id,
          );
      }
      if (status !== undefined) {
        if (isFinished(appointment.status))
          fail(`Appointment ${appointment.id} is already "${appointment.status}".`, 409);
        events.push(...applyStatusChange(appointment, { status: 'cancelled' }));
      } else if (moves) {
        appointment.startTime = date ?? appointment.startTime;
        appointment.duration = duration ?? appointment.duration;
        events.push('appointment:rescheduled');
      }
      if (externalId !== undefined) appointment.externalId = externalId;
      if (reasons !== undefined) appointment.reasons = reasons;
      if (accountNumber !== undefined) appointment.accountNumber = accountNumber;
      await emitAppointmentEvents(appointment.id, events);
      return HttpResponse.json({ id: appointment.id, visitUrl: visitUrl(appointment) });
    } catch (error) {
      return toResponse(error);
    }
  }),
];
