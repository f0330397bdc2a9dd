import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { soloClient } from './client';

/*
 * Solo: "Perfect answer API", `POST /qapi/v1/perfect-answer`: creates or updates the patient, creates the
 * appointment and fills the PCM template. Solo refuses it when "A visit has already been created for the
 * patient within 24 hours" (SOLO_PERFECT_ANSWER_24H_MESSAGE).
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

export const SOLO_PERFECT_ANSWER_24H_MESSAGE =
  'A visit has already been created for the patient within 24 hours';

const required = (label: string) => z.string().trim().min(1, `${label} is required.`);
const isoDateTime = z.iso.datetime({ offset: true });

export const soloPerfectAnswerRequestSchema = z
  .object({
    firstName: required('First name'),
    lastName: required('Last name'),
    dob: z.iso.date('Date of birth must be a date (YYYY-MM-DD).'),
    locationId: z.uuid('This is not a valid UUID.'),
    mrn: required('MRN'),
    physicianCallbackNumber: z.string().trim().min(1).optional(),
    requestingProvider: required('Requesting provider'),
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
      ctx.addIssue({ code: 'custom', path: ['dob'], message: 'Date of birth cannot be in the future.' });
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
  options: { signal?: AbortSignal } = {},
): Promise<SoloPerfectAnswerResponse> {
  const body = soloPerfectAnswerRequestSchema.parse(request);
  return soloClient.request({
    method: 'POST',
    path: '/qapi/v1/perfect-answer',
    endpoint: 'POST /qapi/v1/perfect-answer',
    json: body,
    schema: soloPerfectAnswerResponseSchema,
    signal: options.signal,
  });
}

export const soloPerfectAnswerKeys = {
  all: ['solo', 'perfect-answer'] as const,
};

/**
 * Creates the visit. It creates a patient and an appointment owned by the other Solo modules, so on success
 * it invalidates every cached Solo query (their keys all start with 'solo').
 */
export function useCreateSoloPerfectAnswer() {
  return useMutation({
    mutationFn: (request: SoloPerfectAnswerRequest) => createSoloPerfectAnswer(request),
    retry: false,
    onSuccess: (_answer, _request, _context, { client }) => client.invalidateQueries({ queryKey: ['solo'] }),
  });
}
