import { HttpResponse, http } from 'msw';
import type { SoloPatientDocument } from '@/api/solo/documents';
import { readJson } from '../shared/http';
import { defineStore } from '../store';
import { getSoloPatient } from './care-db';
import { badParameters, SOLO_MOCK_STATUS, soloError } from './integration-config';

/** Documents added to patients, by SPID (Solo has no read endpoint; QA reads them with `soloPatientDocuments`). */
export const soloDocumentStore = defineStore(
  'solo-documents',
  () => new Map<number, SoloPatientDocument[]>(),
);

/** What the mock received for this patient (SPID or the caller's id), oldest first. */
export function soloPatientDocuments(patientId: number | string): SoloPatientDocument[] {
  const patient = getSoloPatient(patientId);
  return patient ? [...(soloDocumentStore.get().get(patient.spid) ?? [])] : [];
}

const blank = 'This value should not be blank.';

/** The vendor's rules, checked the way Solo reports them (`Bad parameters [field: …]`). */
function check(body: unknown): { field: string; message: string }[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return [{ field: 'body', message: 'This value should be of type object.' }];
  }
  const b = body as Record<string, unknown>;
  const problems: { field: string; message: string }[] = [];
  if (typeof b.name !== 'string' || !b.name.trim()) problems.push({ field: 'name', message: blank });
  if (b.dateTime === undefined || b.dateTime === null) problems.push({ field: 'dateTime', message: blank });
  else if (typeof b.dateTime !== 'number' || !Number.isInteger(b.dateTime) || b.dateTime < 0) {
    problems.push({ field: 'dateTime', message: 'This value should be a valid unix timestamp.' });
  }
  if (!Array.isArray(b.responses)) problems.push({ field: 'responses', message: blank });
  else {
    b.responses.forEach((item: unknown, i) => {
      const r = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
      if (typeof r.question !== 'string' || !r.question.trim()) {
        problems.push({ field: `responses[${i}].question`, message: blank });
      }
      if (typeof r.response !== 'string') {
        problems.push({ field: `responses[${i}].response`, message: 'This value should be of type string.' });
      }
    });
  }
  return problems;
}

export const soloDocumentHandlers = [
  http.post('*/api/solo/qapi/v1/patients/:patientId/documents', async ({ request, params }) => {
    const body = await readJson(request);
    const patient = getSoloPatient(String(params.patientId));
    if (!patient) return soloError(SOLO_MOCK_STATUS.notFound, 'Patient not found');
    const problems = check(body);
    if (problems.length) return badParameters(problems);
    const b = body as SoloPatientDocument;
    const docs = soloDocumentStore.get();
    docs.set(patient.spid, [
      ...(docs.get(patient.spid) ?? []),
      {
        name: b.name,
        dateTime: b.dateTime,
        responses: b.responses.map((r) => ({ question: r.question, response: r.response })),
      },
    ]);
    return HttpResponse.json([], { status: SOLO_MOCK_STATUS.created });
  }),
];
