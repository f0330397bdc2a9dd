import { z } from 'zod';
import type { CallOptions } from '../http';
import { refineIsoDate } from '../iso-date';
import { parseInput } from '../zod-issues';
import { soloClient } from './client';
import { soloEndpoints } from './endpoints';

/*
 * Solo: "Perfect answer API", `POST /qapi/v1/perfect-answer`: creates or updates the patient, creates the
 * appointment and fills the PCM template. Solo refuses it when "A visit has already been created for the
 * patient within 24 hours" (SOLO_PERFECT_ANSWER_24H_MESSAGE, ./errors.ts).
 *
 * Assumptions (change them here):
 * - `locationId` must be a UUID: the page's example value is "123", but its documented 400 answer is
 *   "Bad parameters [locationId: This is not a valid UUID.]", so the check follows the error.
 * - Required: every field not marked "(optional)": firstName, lastName, dob, locationId, mrn,
 *   requestingProvider, consultType, reason.
 * - `dob` is a calendar date (YYYY-MM-DD), not in the future; the two "…Notified" fields are ISO 8601
 *   date-times with a zone (`Z` or an offset).
 * - The answer's ids are UUIDs (the page writes "uuid").
 */

export const soloConsultTypes = ['new', 'update'] as const;
export type SoloConsultType = (typeof soloConsultTypes)[number];
export const soloPerfectAnswerReasons = ['Stroke', 'EEG Stat', 'EEG Routine'] as const;
export type SoloPerfectAnswerReason = (typeof soloPerfectAnswerReasons)[number];

const required = () => z.string().trim().min(1);
const isoDateTime = z.iso.datetime({ offset: true });

export const soloPerfectAnswerRequestSchema = z
  .object({
    firstName: required(),
    lastName: required(),
    dob: z.string().superRefine(refineIsoDate),
    locationId: z.uuid(),
    mrn: required(),
    physicianCallbackNumber: z.string().trim().min(1).optional(),
    requestingProvider: required(),
    callCenterNotified: isoDateTime.optional(),
    physicianNotified: isoDateTime.optional(),
    patientLocation: z.string().trim().min(1).optional(),
    consultType: z.enum(soloConsultTypes),
    reason: z.enum(soloPerfectAnswerReasons),
    caller: z.string().trim().min(1).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    const today = new Date().toISOString().slice(0, 10);
    if (value.dob > today) {
      ctx.addIssue({ code: 'custom', path: ['dob'], message: 'validation.dateInFuture' });
    }
  });
export type SoloPerfectAnswerRequest = z.input<typeof soloPerfectAnswerRequestSchema>;

export const soloPerfectAnswerResponseSchema = z.object({
  patientId: z.uuid(),
  encounterId: z.uuid(),
});
export type SoloPerfectAnswerResponse = z.infer<typeof soloPerfectAnswerResponseSchema>;

/** `POST /qapi/v1/perfect-answer` */
export async function createSoloPerfectAnswer(
  request: SoloPerfectAnswerRequest,
  options: CallOptions = {},
): Promise<SoloPerfectAnswerResponse> {
  const body = parseInput(
    'solo',
    soloEndpoints.createPerfectAnswer.name,
    soloPerfectAnswerRequestSchema,
    request,
  );
  return soloClient.request({
    ...soloEndpoints.createPerfectAnswer.at(),
    json: body,
    schema: soloPerfectAnswerResponseSchema,
    ...options,
  });
}
