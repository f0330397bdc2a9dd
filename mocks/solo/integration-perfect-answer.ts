import type { Faker } from '@faker-js/faker';
import { HttpResponse, http } from 'msw';
import { SOLO_PERFECT_ANSWER_24H_MESSAGE } from '@/api/solo/errors';
import {
  type SoloConsultType,
  type SoloPerfectAnswerReason,
  soloConsultTypes,
  soloPerfectAnswerReasons,
} from '@/api/solo/perfect-answer';
import { mockNow } from '../clock';
import { createFaker } from '../seed';
import { readJson } from '../shared/http';
import { defineStore } from '../store';
import { listSoloAppointmentsForPatient, soloCareStore } from './care-db';
import { badParameters, SOLO_MOCK_STATUS, soloError } from './integration-config';

/*
 * Perfect answer. The care mock owns patients and appointments and exposes them read-only, so the visits
 * created here live in this store (patient UUID per MRN, encounter UUIDs); they are not added to the
 * care mock's appointment list.
 *
 * The 24-hour rule (assumption on its exact reading): refused when the patient with that MRN has
 * - a visit created through this endpoint less than 24 hours before mockNow(), or
 * - an appointment in the care mock, not cancelled, starting less than 24 hours before or after mockNow().
 * It applies to both consult types.
 */
export const PERFECT_ANSWER_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface PerfectAnswerEncounter {
  encounterId: string;
  patientId: string;
  mrn: string;
  createdAt: number;
  consultType: SoloConsultType;
  reason: SoloPerfectAnswerReason;
  locationId: string;
  body: Record<string, unknown>;
}

interface PerfectAnswerState {
  faker: Faker;
  /** FMS geolocations ("ID of geolocation in FMS"). */
  locations: { id: string; name: string }[];
  patientIdByMrn: Map<string, string>;
  encounters: PerfectAnswerEncounter[];
}

export const soloPerfectAnswerStore = defineStore<PerfectAnswerState>('solo-perfect-answer', () => {
  const faker = createFaker('solo-perfect-answer', 'en');
  const locations = ['Acute Neurology – Main Campus', 'EEG Lab – North Tower', 'Stroke Unit – East Wing'].map(
    (name) => ({ id: faker.string.uuid(), name }),
  );
  return { faker, locations, patientIdByMrn: new Map(), encounters: [] };
});

const blank = 'This value should not be blank.';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

function check(body: unknown, locations: { id: string }[]): { field: string; message: string }[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{ field: 'body', message: 'This value should be of type object.' }];
  }
  const b = body as Record<string, unknown>;
  const problems: { field: string; message: string }[] = [];
  const text = (field: string) => typeof b[field] === 'string' && (b[field] as string).trim() !== '';
  for (const field of ['firstName', 'lastName', 'dob', 'locationId', 'mrn', 'requestingProvider']) {
    if (!text(field)) problems.push({ field, message: blank });
  }
  if (text('dob') && (!isoDate.test(String(b.dob)) || Number.isNaN(Date.parse(String(b.dob))))) {
    problems.push({ field: 'dob', message: 'This value is not a valid date.' });
  }
  if (text('locationId')) {
    if (!uuid.test(String(b.locationId)))
      problems.push({ field: 'locationId', message: 'This is not a valid UUID.' });
    else if (!locations.some((l) => l.id === String(b.locationId).toLowerCase())) {
      problems.push({ field: 'locationId', message: 'Location not found.' });
    }
  }
  for (const field of ['callCenterNotified', 'physicianNotified']) {
    if (b[field] !== undefined && !(typeof b[field] === 'string' && isoDateTime.test(b[field] as string))) {
      problems.push({ field, message: 'This value is not a valid datetime.' });
    }
  }
  if (!soloConsultTypes.includes(b.consultType as SoloConsultType)) {
    problems.push({ field: 'consultType', message: 'The value you selected is not a valid choice.' });
  }
  if (!soloPerfectAnswerReasons.includes(b.reason as SoloPerfectAnswerReason)) {
    problems.push({ field: 'reason', message: 'The value you selected is not a valid choice.' });
  }
  return problems;
}

/** Whether the 24-hour rule refuses a new visit for this MRN at `now`. */
export function hasVisitWithin24Hours(mrn: string, now: number): boolean {
  const state = soloPerfectAnswerStore.get();
  const recent = state.encounters.some(
    (e) => e.mrn === mrn && Math.abs(now - e.createdAt) < PERFECT_ANSWER_WINDOW_MS,
  );
  if (recent) return true;
  for (const patient of soloCareStore.get().patients.values()) {
    if (patient.demographics.mrn !== mrn) continue;
    const close = listSoloAppointmentsForPatient(patient.spid).some(
      (a) => a.status !== 'cancelled' && Math.abs(a.startTime * 1000 - now) < PERFECT_ANSWER_WINDOW_MS,
    );
    if (close) return true;
  }
  return false;
}

export const soloPerfectAnswerHandlers = [
  http.post('*/api/solo/qapi/v1/perfect-answer', async ({ request }) => {
    const body = await readJson(request);
    // No await below: the 24-hour check and the write are one step.
    const state = soloPerfectAnswerStore.get();
    const problems = check(body, state.locations);
    if (problems.length) return badParameters(problems);
    const b = body as Record<string, unknown> & { mrn: string; locationId: string };
    const mrn = b.mrn.trim();
    const now = mockNow().getTime();
    if (hasVisitWithin24Hours(mrn, now))
      return soloError(SOLO_MOCK_STATUS.conflict, SOLO_PERFECT_ANSWER_24H_MESSAGE);
    let patientId = state.patientIdByMrn.get(mrn);
    if (!patientId) {
      patientId = state.faker.string.uuid();
      state.patientIdByMrn.set(mrn, patientId);
    }
    const encounter: PerfectAnswerEncounter = {
      encounterId: state.faker.string.uuid(),
      patientId,
      mrn,
      createdAt: now,
      consultType: b.consultType as SoloConsultType,
      reason: b.reason as SoloPerfectAnswerReason,
      locationId: b.locationId.toLowerCase(),
      body: { ...b },
    };
    state.encounters.push(encounter);
    return HttpResponse.json(
      { patientId: encounter.patientId, encounterId: encounter.encounterId },
      { status: SOLO_MOCK_STATUS.created },
    );
  }),
];
