import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { scanRequest } from './client';
import { scanEndpoints } from './endpoints';
import {
  type ScanGpDetails,
  type ScanSafetyAnswer,
  scanGpDetailsSchema,
  scanSafetyAnswerSchema,
  updateScanReferral,
} from './referrals';

/**
 * Before confirming, the patient's GP details and the answers to the safety questions are added with the
 * "Update a referral" endpoint (CONFIRMED). The list of safety questions varies with the referral
 * (ASSUMED endpoint `GET /api/v1/referrals/{id}/safety_questions`, ASSUMED shape below).
 */
export const scanSafetyQuestionSchema = z.object({
  id: z.number().int().positive(),
  question: z.string().min(1),
  /** Whether a "yes" needs `details`. */
  details_required_if_yes: z.boolean().nullish(),
});
export type ScanSafetyQuestion = z.infer<typeof scanSafetyQuestionSchema>;

export async function listScanSafetyQuestions(referralId: number, options: CallOptions = {}) {
  return scanRequest({
    ...scanEndpoints.safetyQuestions.at({ referral_id: referralId }),
    data: z.array(scanSafetyQuestionSchema),
    ...options,
  });
}

export async function setScanGpDetails(
  referralId: number,
  gpDetails: ScanGpDetails,
  options: CallOptions = {},
) {
  const gp_details = parseInput('scan', scanEndpoints.updateReferral.name, scanGpDetailsSchema, gpDetails, {
    at: 'gp_details',
  });
  return updateScanReferral(referralId, { gp_details }, options);
}

/** Each question answered once. */
export const scanSafetyAnswersSchema = z
  .array(scanSafetyAnswerSchema)
  .min(1)
  .refine((answers) => new Set(answers.map((a) => a.safety_question_id)).size === answers.length, {
    message: 'validation.duplicate',
  });

export async function answerScanSafetyQuestions(
  referralId: number,
  answers: ScanSafetyAnswer[],
  options: CallOptions = {},
) {
  const safety_question_answers = parseInput(
    'scan',
    scanEndpoints.updateReferral.name,
    scanSafetyAnswersSchema,
    answers,
    { at: 'safety_question_answers' },
  );
  return updateScanReferral(referralId, { safety_question_answers }, options);
}
