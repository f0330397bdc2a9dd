import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { soloClient } from './client';
import { soloEmptyResponseSchema } from './common';
import { soloEndpoints } from './endpoints';

/*
 * Solo: patient documents. `POST /qapi/v1/patients/{patient_id}/documents`, "All fields are required".
 *
 * Assumptions (change them here):
 * - `dateTime` is a unix timestamp in seconds (like every other Solo timestamp).
 * - `responses` must be present but may be empty; each `question` is non-empty, a `response` may be "".
 * - Solo has no endpoint to read documents back; the hook invalidates `soloKeys.patientDocuments(id)` for any
 *   screen that caches what it sent.
 */

export const soloDocumentResponseSchema = z.object({
  question: z.string().trim().min(1),
  response: z.string(),
});

export const soloPatientDocumentSchema = z.object({
  name: z.string().trim().min(1),
  dateTime: z.number().int().nonnegative(),
  responses: z.array(soloDocumentResponseSchema),
});
export type SoloPatientDocument = z.infer<typeof soloPatientDocumentSchema>;

const patientIdSchema = z.string().trim().min(1);

/** `POST /qapi/v1/patients/{patient_id}/documents` (answers `[]`). */
export async function addSoloPatientDocument(
  patientId: string,
  document: SoloPatientDocument,
  options: CallOptions = {},
): Promise<void> {
  const endpoint = soloEndpoints.addPatientDocument.name;
  const id = parseInput('solo', endpoint, patientIdSchema, patientId, { at: 'patientId' });
  const body = parseInput('solo', endpoint, soloPatientDocumentSchema, document);
  await soloClient.request({
    ...soloEndpoints.addPatientDocument.at({ patient_id: id }),
    json: body,
    schema: soloEmptyResponseSchema,
    ...options,
  });
}
