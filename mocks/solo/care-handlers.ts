import dayjs from 'dayjs';
import { HttpResponse, http, type RequestHandler } from 'msw';
import {
  SOLO_APPOINTMENT_UPDATE_STATUSES,
  SOLO_DECEASED_AT_PATTERN,
  SOLO_MAX_DURATION_SECONDS,
  SOLO_MIN_DURATION_SECONDS,
} from '../../src/api/solo/common';
import { isIsoDate } from '../../src/lib/mappings/datetime';
import { mockNow } from '../clock';
import {
  getSoloAppointment,
  getSoloAppointmentByExternalId,
  getSoloEpisode,
  getSoloPatient,
  getSoloPatientByHsid,
  getSoloWaitingRoomByName,
  type SoloMockAppointment,
  type SoloMockDemographics,
  type SoloMockEpisode,
  type SoloMockPatient,
  type SoloMockWaitingRoom,
  soloCareStore,
  soloEpisodeStatuses,
} from './care-db';
import { computeSlots, overlaps, withinOpeningHours } from './care-slots';
import { applyStatusChange, emitAppointmentEvents, isFinished, SoloWorkflowError } from './care-workflow';
import { emitSoloWebhook, type SoloWebhookEvent } from './webhook-bus';

/*
 * Solo care mock: patients, appointments, waiting rooms, slots, visit notes, episodes.
 * Errors use Solo's shape `{ "error": { "message": "…" } }`. Status codes: see assumption 3 in
 * src/api/solo/care-common.ts. Every check and the write it guards run synchronously (after the body is read
 * and before any `await`), so two concurrent requests cannot both pass a check.
 */

const BASE = '*/api/solo/qapi/v1';
const VISIT_HOST = 'https://demo.visitnow.org';

type Json = Record<string, unknown>;

function soloError(status: number, message: string) {
  return HttpResponse.json({ error: { message } }, { status });
}

class Invalid extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const fail = (message: string, status = 400): never => {
  throw new Invalid(status, message);
};

function toResponse(error: unknown) {
  if (error instanceof Invalid || error instanceof SoloWorkflowError)
    return soloError(error.status, error.message);
  throw error;
}

async function readObject(request: Request): Promise<Json> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return fail('Request body must be valid JSON.');
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    fail('Request body must be a JSON object.');
  return body as Json;
}

// ---- field readers --------------------------------------------------------------------------------

function optString(body: Json, field: string): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') fail(`Field ${field} must be a string.`);
  return value as string;
}

function optNullableString(body: Json, field: string): string | null | undefined {
  return body[field] === null ? null : optString(body, field);
}

function optBoolean(body: Json, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') fail(`Field ${field} must be a boolean.`);
  return value as boolean;
}

function optInt(body: Json, field: string): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(`Field ${field} must be an integer.`);
  return value as number;
}

function optStringArray(body: Json, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    fail(`Field ${field} must be a list of strings.`);
  }
  return value as string[];
}

function optArray<T>(body: Json, field: string): T[] | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fail(`Field ${field} must be a list.`);
  return value as T[];
}

function checkDuration(duration: number | undefined, field = 'duration'): void {
  if (
    duration !== undefined &&
    (duration < SOLO_MIN_DURATION_SECONDS || duration > SOLO_MAX_DURATION_SECONDS)
  ) {
    fail(`Field ${field} should be in range [${SOLO_MIN_DURATION_SECONDS}, ${SOLO_MAX_DURATION_SECONDS}].`);
  }
}

function checkDate(value: string | undefined, field: string): void {
  if (value === undefined) return;
  if (!isIsoDate(value)) {
    fail(`Field ${field} must be a date YYYY-MM-DD.`);
  }
}

// ---- patients -------------------------------------------------------------------------------------

/** Validates a create/update body and returns the demographics it sets. */
function readDemographics(body: Json): SoloMockDemographics {
  const deceased = optBoolean(body, 'deceased');
  const deceasedAt = optNullableString(body, 'deceasedAt');
  const deceasedAtSpecified = deceasedAt !== undefined && deceasedAt !== null;
  if (deceased === true && !deceasedAtSpecified) fail('Field deceasedAt is required if deceased is true.');
  if (deceased !== true && deceasedAtSpecified) {
    fail('Field deceasedAt must not be specified when deceased is false or not defined.');
  }
  if (deceasedAtSpecified && !SOLO_DECEASED_AT_PATTERN.test(deceasedAt)) {
    fail('Field deceasedAt must be written like "2020-03-31 10:12 AM".');
  }
  const birthDate = optString(body, 'birthDate');
  checkDate(birthDate, 'birthDate');
  const isLinkedByEmail = optBoolean(body, 'isLinkedByEmail');
  const groupType = optString(body, 'groupType');
  const groupName = optString(body, 'groupName');
  if (isLinkedByEmail === true && (!groupType || !groupName)) {
    fail('Fields groupType and groupName are required if isLinkedByEmail is true.');
  }
  const out: SoloMockDemographics = {
    mrn: optString(body, 'mrn'),
    accountNumber: optString(body, 'accountNumber'),
    name: optArray(body, 'name'),
    birthDate,
    gender: optString(body, 'gender'),
    maritalStatus: optString(body, 'maritalStatus'),
    telecom: optArray(body, 'telecom'),
    contact: optArray(body, 'contact'),
    preferredLanguage: optString(body, 'preferredLanguage'),
    race: optString(body, 'race'),
    ethnicity: optString(body, 'ethnicity'),
    address: optArray(body, 'address'),
    active: optBoolean(body, 'active'),
    deceased,
    deceasedAt: deceased === false ? null : deceasedAt,
    familyMember: optBoolean(body, 'familyMember'),
    isLinkedByEmail,
    sharedEmailGroup:
      isLinkedByEmail === true && groupType && groupName
        ? { type: groupType, name: groupName }
        : isLinkedByEmail === false
          ? null
          : undefined,
  };
  for (const key of Object.keys(out) as (keyof SoloMockDemographics)[]) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

function patientNotFound(ref: string) {
  return soloError(404, `Patient ${ref} not found.`);
}

async function updatePatient(patient: SoloMockPatient, request: Request) {
  const body = await readObject(request);
  const changes = readDemographics(body);
  const wasActive = patient.demographics.active !== false;
  patient.demographics = { ...patient.demographics, ...changes };
  await emitSoloWebhook('patient:updated', { patientId: patient.spid });
  if (wasActive && patient.demographics.active === false) {
    await emitSoloWebhook('patient:deactivated', { patientId: patient.spid });
  }
  return HttpResponse.json([]);
}

const patientHandlers: RequestHandler[] = [
  http.get(`${BASE}/patients/id/type/SPID/value/:spid`, ({ params }) => {
    const patient = getSoloPatient(Number(params.spid));
    return patient
      ? HttpResponse.json(patient.demographics)
      : patientNotFound(`with SPID ${String(params.spid)}`);
  }),
  http.put(`${BASE}/patients/id/type/SPID/value/:spid`, async ({ params, request }) => {
    const patient = getSoloPatient(Number(params.spid));
    if (!patient) return patientNotFound(`with SPID ${String(params.spid)}`);
    return updatePatient(patient, request).catch(toResponse);
  }),
  http.get(`${BASE}/patients/:patientId`, ({ params }) => {
    const patient = getSoloPatient(String(params.patientId));
    return patient ? HttpResponse.json(patient.demographics) : patientNotFound(String(params.patientId));
  }),
  http.put(`${BASE}/patients/:patientId`, async ({ params, request }) => {
    const patient = getSoloPatient(String(params.patientId));
    if (!patient) return patientNotFound(String(params.patientId));
    return updatePatient(patient, request).catch(toResponse);
  }),
  http.post(`${BASE}/patients`, async ({ request }) => {
    try {
      const body = await readObject(request);
      const id = optString(body, 'id');
      if (id === undefined || id.trim() === '') return fail('Field id is required.');
      const demographics = readDemographics(body);
      const db = soloCareStore.get();
      if (db.spidByExternalId.has(id)) return fail(`Patient with id ${id} already exists.`, 409);
      const spid = db.nextSpid++;
      db.patients.set(spid, {
        spid,
        id,
        hsid: `HS${900_000 + spid}`,
        demographics: { active: true, ...demographics },
      });
      db.spidByExternalId.set(id, spid);
      db.spidByHsid.set(`HS${900_000 + spid}`, spid);
      await emitSoloWebhook('patient:created', { patientId: spid });
      return HttpResponse.json(spid, { status: 201 });
    } catch (error) {
      return toResponse(error);
    }
  }),
];

// ---- appointments ---------------------------------------------------------------------------------

const visitUrl = (a: SoloMockAppointment) => `${VISIT_HOST}/checkin/${a.id}`;
const providerVisitUrl = (a: SoloMockAppointment) => `${VISIT_HOST}/provider/visit/${a.id}`;
const patientVisitUrl = (a: SoloMockAppointment) => `${VISIT_HOST}/patient/visit/${a.id}`;

function roomOf(appointment: SoloMockAppointment): SoloMockWaitingRoom | undefined {
  return soloCareStore.get().waitingRooms.find((room) => room.id === appointment.waitingRoomId);
}

function activeBookings(roomId: string, except?: number): SoloMockAppointment[] {
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

async function createAppointment(patient: SoloMockPatient | undefined, ref: string, request: Request) {
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

function appointmentNotFound(ref: string) {
  return soloError(404, `Appointment ${ref} not found.`);
}

function appointmentById(raw: unknown): SoloMockAppointment | undefined {
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

const appointmentHandlers: RequestHandler[] = [
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

// ---- waiting rooms, slots ---------------------------------------------------------------------------

function intParam(url: URL, name: string, required: boolean): number | undefined {
  const raw = url.searchParams.get(name);
  if (raw === null || raw === '') return required ? fail(`Query parameter ${name} is required.`) : undefined;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) fail(`Query parameter ${name} must be an integer.`);
  return value;
}

const roomAndSlotHandlers: RequestHandler[] = [
  http.get(`${BASE}/waiting-rooms`, () =>
    HttpResponse.json(
      soloCareStore.get().waitingRooms.map(({ id, name, serviceLine, serviceType }) => ({
        id,
        name,
        serviceLine,
        serviceType,
      })),
    ),
  ),
  http.get(`${BASE}/appointment-slots`, ({ request }) => {
    try {
      const url = new URL(request.url);
      const after = intParam(url, 'after', true) ?? 0;
      const before = intParam(url, 'before', true) ?? 0;
      const waitingRoom = url.searchParams.get('waitingRoom');
      if (!waitingRoom) return fail('Query parameter waitingRoom is required.');
      const duration = intParam(url, 'duration', false);
      checkDuration(duration);
      if (after >= before) return fail('Query parameter before must be later than after.');
      const room = getSoloWaitingRoomByName(waitingRoom);
      if (!room) return fail(`Waiting room "${waitingRoom}" not found.`, 404);
      return HttpResponse.json(
        computeSlots(room, after, before, duration ?? room.slotDuration, activeBookings(room.id)),
      );
    } catch (error) {
      return toResponse(error);
    }
  }),
];

// ---- visit notes ----------------------------------------------------------------------------------

const visitNoteHandlers: RequestHandler[] = [
  http.get(`${BASE}/appointments/:id/visit-note`, ({ params }) => {
    const appointment = appointmentById(params.id);
    return appointment ? HttpResponse.json(appointment.visitNotes) : appointmentNotFound(String(params.id));
  }),
  http.put(`${BASE}/appointments/:id/visit-note`, async ({ params, request }) => {
    const appointment = appointmentById(params.id);
    if (!appointment) return appointmentNotFound(String(params.id));
    try {
      const body = await readObject(request);
      const name = optString(body, 'name');
      if (!name?.trim()) return fail('Field name is required.');
      const questions = optArray<{ id?: unknown; value?: unknown }>(body, 'questions');
      if (!questions || questions.length === 0) return fail('Field questions is required.');
      const db = soloCareStore.get();
      const template = db.templates.find((t) => t.name === name);
      if (!template) return fail(`Visit note template "${name}" not found.`, 404);
      const known = new Map(
        template.flow.sections.flatMap((section) =>
          section.questions.map((q) => [q.id, { section, q }] as const),
        ),
      );
      for (const question of questions) {
        if (typeof question.id !== 'string' || !known.has(question.id)) {
          fail(`Question ${String(question.id)} is not part of template "${name}".`);
        }
        if (!Array.isArray(question.value) || question.value.some((v) => typeof v !== 'string')) {
          fail(`Question ${String(question.id)}: value must be a list of strings.`);
        }
      }
      let note = appointment.visitNotes.find((n) => n.id === template.id);
      if (!note) {
        note = {
          id: template.id,
          template: { name: template.name, flow: { sections: template.flow.sections } },
          comments: [],
          responses: [],
        };
        appointment.visitNotes.push(note);
      }
      const zone = roomOf(appointment)?.timeZone ?? 'UTC';
      const stamp = dayjs(mockNow()).tz(zone).format('YYYY-MM-DD HH:mm:ss.000000');
      for (const question of questions) {
        const entry = known.get(question.id as string);
        if (!entry) continue;
        const key = [entry.section.title, entry.q.text];
        note.responses = note.responses.filter((r) => r.question.join('\u0000') !== key.join('\u0000'));
        note.responses.push({
          dateTime: { date: stamp, timezone_type: 3, timezone: zone },
          question: key,
          response: question.value as string[],
        });
      }
      return HttpResponse.json([]);
    } catch (error) {
      return toResponse(error);
    }
  }),
];

// ---- episodes -------------------------------------------------------------------------------------

function emitEpisode(event: SoloWebhookEvent, episodeId: string): Promise<void> {
  return emitSoloWebhook(event, { episodeId });
}

function checkEpisodeOfPatient(episodeId: string, patient: SoloMockPatient): SoloMockEpisode {
  const episode = getSoloEpisode(episodeId);
  if (!episode) return fail(`Episode ${episodeId} not found.`, 404);
  if (episode.patientSpid !== patient.spid) {
    return fail(`Episode ${episodeId} belongs to another patient.`, 422);
  }
  return episode;
}

function readEpisode(body: Json): Omit<SoloMockEpisode, 'id' | 'patientSpid'> {
  const name = optString(body, 'name');
  const type = optString(body, 'type');
  const from = optString(body, 'from');
  const to = optString(body, 'to');
  const status = optString(body, 'status');
  if (!name?.trim()) fail('Field name is required.');
  if (!type?.trim()) fail('Field type is required.');
  if (!from) fail('Field from is required.');
  checkDate(from, 'from');
  checkDate(to, 'to');
  if (from && to && to < from) fail('Field to must not be before from.');
  if (!status) fail('Field status is required.');
  const upper = (status ?? '').toUpperCase();
  const known = soloEpisodeStatuses.find((s) => s === upper);
  if (!known) fail(`Field status must be one of ${soloEpisodeStatuses.join(', ')}.`);
  return {
    name: name ?? '',
    type: type ?? '',
    from: from ?? '',
    to: to ?? null,
    status: known ?? 'PLANNING',
    objective: optString(body, 'objective') ?? null,
    reasonIncomplete: optString(body, 'reasonIncomplete') ?? null,
  };
}

function episodeFields(e: SoloMockEpisode) {
  return {
    id: e.id,
    name: e.name,
    from: e.from,
    to: e.to,
    type: e.type,
    status: e.status.toLowerCase(),
    objective: e.objective,
    reasonIncomplete: e.reasonIncomplete,
  };
}

function episodeBody(e: SoloMockEpisode) {
  const patient = getSoloPatient(e.patientSpid);
  return { ...episodeFields(e), soloPatientId: e.patientSpid, externalPatientId: patient?.id ?? '' };
}

const episodeHandlers: RequestHandler[] = [
  http.post(`${BASE}/patients/:patientId/episodes`, async ({ params, request }) => {
    const patient = getSoloPatient(String(params.patientId));
    if (!patient) return patientNotFound(String(params.patientId));
    try {
      const fields = readEpisode(await readObject(request));
      const db = soloCareStore.get();
      const episode: SoloMockEpisode = { id: db.faker.string.uuid(), patientSpid: patient.spid, ...fields };
      db.episodes.set(episode.id, episode);
      await emitEpisode('episode:created', episode.id);
      return HttpResponse.json({ episodeId: episode.id }, { status: 201 });
    } catch (error) {
      return toResponse(error);
    }
  }),
  http.get(`${BASE}/patients/:patientId/episodes`, ({ params }) => {
    const patient = getSoloPatient(String(params.patientId));
    if (!patient) return patientNotFound(String(params.patientId));
    const episodes = [...soloCareStore.get().episodes.values()]
      .filter((e) => e.patientSpid === patient.spid)
      .map((e) => ({ ...episodeFields(e), patientId: patient.id }));
    return HttpResponse.json({ episodes });
  }),
  http.get(`${BASE}/episodes/:episodeId/appointments`, ({ params }) => {
    const episode = getSoloEpisode(String(params.episodeId));
    if (!episode) return soloError(404, `Episode ${String(params.episodeId)} not found.`);
    const appointments = [...soloCareStore.get().appointments.values()]
      .filter((a) => a.episodeOfCareId === episode.id)
      .sort((a, b) => a.startTime - b.startTime)
      .map((a) => ({
        appointmentId: a.id,
        date: a.startTime,
        reasons: a.reasons,
        hasNotes: a.visitNotes.length > 0,
        episodeOfCareId: episode.id,
      }));
    return HttpResponse.json({ episode: episodeBody(episode), appointments });
  }),
  http.get(`${BASE}/episodes/:episodeId`, ({ params }) => {
    const episode = getSoloEpisode(String(params.episodeId));
    return episode
      ? HttpResponse.json(episodeBody(episode))
      : soloError(404, `Episode ${String(params.episodeId)} not found.`);
  }),
  http.put(`${BASE}/episodes/:episodeId`, async ({ params, request }) => {
    const episode = getSoloEpisode(String(params.episodeId));
    if (!episode) return soloError(404, `Episode ${String(params.episodeId)} not found.`);
    try {
      const fields = readEpisode(await readObject(request));
      Object.assign(episode, fields);
      await emitEpisode('episode:updated', episode.id);
      return HttpResponse.json({ episodeId: episode.id });
    } catch (error) {
      return toResponse(error);
    }
  }),
  http.put(`${BASE}/appointments/:id/episode/assign`, async ({ params, request }) => {
    const appointment = appointmentById(params.id);
    if (!appointment) return appointmentNotFound(String(params.id));
    try {
      const body = await readObject(request);
      const episodeId = optString(body, 'episodeId');
      if (episodeId !== undefined) {
        const patient = getSoloPatient(appointment.patientId);
        if (patient) checkEpisodeOfPatient(episodeId, patient);
      }
      appointment.episodeOfCareId = episodeId ?? null;
      return new HttpResponse(null, { status: 200 });
    } catch (error) {
      return toResponse(error);
    }
  }),
];

/** Patients, appointments, waiting rooms, slots, visit notes, episodes. */
export const soloCareHandlers: RequestHandler[] = [
  ...patientHandlers,
  ...appointmentHandlers,
  ...roomAndSlotHandlers,
  ...visitNoteHandlers,
  ...episodeHandlers,
];
