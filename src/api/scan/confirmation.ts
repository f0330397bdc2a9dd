import { queryOptions, useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { scanEndpoints, scanPaths } from './paths';
import {
  gpDetailsSchema,
  type ScanGpDetails,
  type ScanSafetyAnswer,
  safetyAnswerSchema,
  updateScanReferral,
  useInvalidateScanReferral,
} from './referrals';
import { scanRequest } from './session';

/**
 * Before confirming, the patient's GP details and the answers to the safety questions are added with the
 * "Update a referral" endpoint (CONFIRMED). The list of safety questions varies with the referral
 * (ASSUMED endpoint `GET /api/v1/referrals/{id}/safety_questions`, ASSUMED shape below).
 */
export const safetyQuestionSchema = z.object({
  id: z.number().int().positive(),
  question: z.string().min(1),
  /** Whether a "yes" needs `details`. */
  details_required_if_yes: z.boolean().nullish(),
});
export type ScanSafetyQuestion = z.infer<typeof safetyQuestionSchema>;

export async function listScanSafetyQuestions(referralId: number, options: { signal?: AbortSignal } = {}) {
  return scanRequest({
    path: scanPaths.safetyQuestions(referralId),
    endpoint: scanEndpoints.safetyQuestions,
    data: z.array(safetyQuestionSchema),
    signal: options.signal,
  });
}

export async function setScanGpDetails(
  referralId: number,
  gpDetails: ScanGpDetails,
  options: { signal?: AbortSignal } = {},
) {
  return updateScanReferral(referralId, { gp_details: gpDetailsSchema.parse(gpDetails) }, options);
}

/** Each question answered once. */
export const safetyAnswersSchema = z
  .array(safetyAnswerSchema)
  .min(1)
  .refine((answers) => new Set(answers.map((a) => a.safety_question_id)).size === answers.length, {
    message: 'Each safety question is answered once.',
  });

export async function answerScanSafetyQuestions(
  referralId: number,
  answers: ScanSafetyAnswer[],
  options: { signal?: AbortSignal } = {},
) {
  return updateScanReferral(
    referralId,
    { safety_question_answers: safetyAnswersSchema.parse(answers) },
    options,
  );
}

export const scanSafetyQuestionKeys = {
  all: ['scan', 'safety-questions'] as const,
  forReferral: (referralId: number) => [...scanSafetyQuestionKeys.all, referralId] as const,
};

export const scanSafetyQuestionsQuery = (referralId: number) =>
  queryOptions({
    queryKey: scanSafetyQuestionKeys.forReferral(referralId),
    queryFn: ({ signal }) => listScanSafetyQuestions(referralId, { signal }),
  });

export function useScanSafetyQuestions(referralId: number | undefined) {
  return useQuery({ ...scanSafetyQuestionsQuery(referralId ?? 0), enabled: referralId !== undefined });
}

export function useSetScanGpDetails(referralId: number) {
  const invalidate = useInvalidateScanReferral();
  return useMutation({
    mutationFn: (gpDetails: ScanGpDetails) => setScanGpDetails(referralId, gpDetails),
    onSuccess: invalidate,
  });
}

export function useAnswerScanSafetyQuestions(referralId: number) {
  const invalidate = useInvalidateScanReferral();
  return useMutation({
    mutationFn: (answers: ScanSafetyAnswer[]) => answerScanSafetyQuestions(referralId, answers),
    onSuccess: invalidate,
  });
}
