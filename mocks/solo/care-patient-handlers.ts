import { HttpResponse, http, type RequestHandler } from 'msw';
import { SOLO_DECEASED_AT_PATTERN } from '../../src/api/solo/common';
import { getSoloPatient, soloCareStore } from './care-db';
import type { SoloMockDemographics, SoloMockPatient } from './care-records';
import {
  BASE,
  checkDate,
  fail,
  type Json,
  optArray,
  optBoolean,
  optNullableString,
  optString,
  readObject,
  toResponse,
} from './care-requests';
import { soloError } from './integration-config';
import { emitSoloWebhook } from './webhook-bus';

/** Solo care mock: patients (by id, by SPID), with the demographics rules. */

// ---- patients -------------------------------------------------------------------------------------

/** Validates a create/update body and returns the demographics it sets. */
export function readDemographics(body: Json): SoloMockDemographics {
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

export function patientNotFound(ref: string) {
  return soloError(404, `Patient ${ref} not found.`);
}

export async function updatePatient(patient: SoloMockPatient, request: Request) {
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

export const patientHandlers: RequestHandler[] = [
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
