import dayjs from 'dayjs';
import { HttpResponse, http, type RequestHandler } from 'msw';
import { mockNow } from '../clock';
import {
  activeBookings,
  appointmentById,
  appointmentHandlers,
  appointmentNotFound,
  checkEpisodeOfPatient,
  roomOf,
} from './care-appointment-handlers';
import { getSoloEpisode, getSoloPatient, getSoloWaitingRoomByName, soloCareStore } from './care-db';
import { patientHandlers, patientNotFound } from './care-patient-handlers';
import { type SoloMockEpisode, soloEpisodeStatuses } from './care-records';
import {
  BASE,
  checkDate,
  checkDuration,
  fail,
  type Json,
  optArray,
  optString,
  readObject,
  toResponse,
} from './care-requests';
import { computeSlots } from './care-slots';
import { soloError } from './integration-config';
import { emitSoloWebhook, type SoloWebhookEvent } from './webhook-bus';

/*
 * Solo care mock: patients, appointments, waiting rooms, slots, visit notes, episodes.
 * Errors use Solo's shape `{ "error": { "message": "…" } }`. Status codes: see assumption 3 in
 * src/api/solo/common.ts. Every check and the write it guards run synchronously (after the body is read
 * and before any `await`), so two concurrent requests cannot both pass a check.
 */

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
