import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { normalizeScanDateOfBirth, scanDateOfBirthSchema, toScanDateOfBirth } from './envelope';
import {
  SCAN_SENT_DOB_FIELD,
  scanEndpoints,
  scanGenders,
  scanModalities,
  scanPaths,
  scanReferralStatuses,
} from './paths';
import { scanRequest } from './session';

/* ------------------------------------------------------------------ schemas */

const id = z.number().int().positive();

/**
 * Patient information as we send it. The date of birth may be given as ISO `YYYY-MM-DD` or either of the
 * vendor's forms; it is sent as `date_of_birth_iso: "YYYY/MM/DD"` (see SCAN_SENT_DOB_FIELD).
 * Required at creation (common to both examples in the guide): first_name, last_name, email, date of birth.
 */
const patientInformationBase = z.object({
  first_name: z.string().trim().min(1).max(255),
  last_name: z.string().trim().min(1).max(255),
  email: z.email(),
  date_of_birth: scanDateOfBirthSchema,
  phone: z.string().trim().min(1).max(50).optional(),
  address_line_1: z.string().trim().min(1).max(255).optional(),
  address_line_2: z.string().trim().min(1).max(255).optional(),
  address_city: z.string().trim().min(1).max(255).optional(),
  address_postcode: z.string().trim().min(1).max(10).optional(),
  gender: z.enum(scanGenders).optional(),
});

function toWirePatient<T extends { date_of_birth?: string | undefined }>(patient: T) {
  const { date_of_birth, ...rest } = patient;
  return date_of_birth === undefined
    ? rest
    : { ...rest, [SCAN_SENT_DOB_FIELD]: toScanDateOfBirth(date_of_birth) };
}

export const patientInformationInputSchema = patientInformationBase.transform(toWirePatient);
export const patientInformationPatchSchema = patientInformationBase.partial().transform(toWirePatient);
export type ScanPatientInformationInput = z.input<typeof patientInformationBase>;

/** ASSUMED GP details shape (the guide only says "the patient's GP details"). */
export const gpDetailsSchema = z.object({
  gp_name: z.string().trim().min(1).max(255),
  practice_name: z.string().trim().min(1).max(255),
  practice_address: z.string().trim().min(1).max(500),
  practice_postcode: z.string().trim().min(1).max(10),
  practice_phone: z.string().trim().min(1).max(50).optional(),
});
export type ScanGpDetails = z.infer<typeof gpDetailsSchema>;

/** ASSUMED answer shape: one per safety question; details when the answer is yes. */
export const safetyAnswerSchema = z.object({
  safety_question_id: id,
  answer: z.boolean(),
  details: z.string().trim().min(1).max(2000).optional(),
});
export type ScanSafetyAnswer = z.infer<typeof safetyAnswerSchema>;

export const createReferralSchema = z.object({
  patient_information: patientInformationInputSchema,
  modality: z.enum(scanModalities).optional(),
  body_part_ids: z.array(id).min(1).optional(),
  referral_information: z.string().trim().min(1).max(5000).optional(),
});
export type CreateScanReferralInput = z.input<typeof createReferralSchema>;

export const updateReferralSchema = z
  .object({
    patient_information: patientInformationPatchSchema.optional(),
    modality: z.enum(scanModalities).optional(),
    body_part_ids: z.array(id).min(1).optional(),
    referral_information: z.string().trim().min(1).max(5000).optional(),
    imaging_provider_id: id.optional(),
    gp_details: gpDetailsSchema.optional(),
    safety_question_answers: z.array(safetyAnswerSchema).min(1).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Nothing to update.',
  });
export type UpdateScanReferralInput = z.input<typeof updateReferralSchema>;

const nullishString = z.string().nullish();

/** Patient information as the vendor answers it; the date of birth (either form) is read as ISO. */
export const patientInformationSchema = z
  .object({
    first_name: z.string(),
    last_name: z.string(),
    email: nullishString,
    phone: nullishString,
    date_of_birth_iso: nullishString,
    date_of_birth: nullishString,
    address_line_1: nullishString,
    address_line_2: nullishString,
    address_city: nullishString,
    address_postcode: nullishString,
    gender: z.enum(scanGenders).nullish(),
  })
  .transform((patient, ctx) => {
    const { date_of_birth_iso, date_of_birth, ...rest } = patient;
    const raw = date_of_birth_iso ?? date_of_birth ?? null;
    const iso = raw === null ? null : normalizeScanDateOfBirth(raw);
    if (raw !== null && iso === null) {
      ctx.addIssue({
        code: 'custom',
        message: `Unreadable date of birth "${raw}".`,
        path: ['date_of_birth'],
      });
      return z.NEVER;
    }
    return { ...rest, date_of_birth: iso };
  });

export const additionalDocumentSchema = z.object({
  id,
  file_name: z.string(),
  content_type: z.string().nullish(),
  size: z.number().int().nonnegative().nullish(),
  created_at: z.string().nullish(),
});
export type ScanAdditionalDocument = z.infer<typeof additionalDocumentSchema>;

export const referralSchema = z.object({
  id,
  status: z.enum(scanReferralStatuses),
  patient_information: patientInformationSchema,
  modality: z.enum(scanModalities).nullish(),
  body_part_ids: z
    .array(id)
    .nullish()
    .transform((v) => v ?? []),
  referral_information: nullishString,
  imaging_provider_id: id.nullish(),
  time_slot_ids: z
    .array(id)
    .nullish()
    .transform((v) => v ?? []),
  gp_details: gpDetailsSchema.nullish(),
  safety_question_answers: z
    .array(safetyAnswerSchema)
    .nullish()
    .transform((v) => v ?? []),
  additional_documents: z
    .array(additionalDocumentSchema)
    .nullish()
    .transform((v) => v ?? []),
  created_at: z.string(),
  updated_at: z.string().nullish(),
});
export type ScanReferral = z.infer<typeof referralSchema>;

/* ------------------------------------------------------------------ functions */

interface Opts {
  signal?: AbortSignal;
}

export async function createScanReferral(input: CreateScanReferralInput, options: Opts = {}) {
  const json = createReferralSchema.parse(input);
  return scanRequest({
    method: 'POST',
    path: scanPaths.referrals,
    endpoint: scanEndpoints.createReferral,
    json,
    data: referralSchema,
    signal: options.signal,
  });
}

export async function updateScanReferral(
  referralId: number,
  input: UpdateScanReferralInput,
  options: Opts = {},
) {
  const json = updateReferralSchema.parse(input);
  return scanRequest({
    method: 'PATCH',
    path: scanPaths.referral(id.parse(referralId)),
    endpoint: scanEndpoints.updateReferral,
    json,
    data: referralSchema,
    signal: options.signal,
  });
}

export async function getScanReferral(referralId: number, options: Opts = {}) {
  return scanRequest({
    path: scanPaths.referral(id.parse(referralId)),
    endpoint: scanEndpoints.getReferral,
    data: referralSchema,
    signal: options.signal,
  });
}

/** The current user's referrals (a referral is visible only to the user who created it). */
export async function listScanReferrals(options: Opts = {}) {
  return scanRequest({
    path: scanPaths.referrals,
    endpoint: scanEndpoints.listReferrals,
    data: z.array(referralSchema),
    signal: options.signal,
  });
}

/* ------------------------------------------------------------------ queries */

export const scanReferralKeys = {
  all: ['scan', 'referrals'] as const,
  list: () => [...scanReferralKeys.all, 'list'] as const,
  detail: (referralId: number) => [...scanReferralKeys.all, 'detail', referralId] as const,
};

export const scanReferralsQuery = () =>
  queryOptions({ queryKey: scanReferralKeys.list(), queryFn: ({ signal }) => listScanReferrals({ signal }) });

export const scanReferralQuery = (referralId: number) =>
  queryOptions({
    queryKey: scanReferralKeys.detail(referralId),
    queryFn: ({ signal }) => getScanReferral(referralId, { signal }),
  });

export function useScanReferrals() {
  return useQuery(scanReferralsQuery());
}

export function useScanReferral(referralId: number | undefined) {
  return useQuery({ ...scanReferralQuery(referralId ?? 0), enabled: referralId !== undefined });
}

/** After any change to a referral: refresh that referral and the list. */
export function useInvalidateScanReferral() {
  const queryClient = useQueryClient();
  return (referral: ScanReferral) => {
    queryClient.setQueryData(scanReferralKeys.detail(referral.id), referral);
    return queryClient.invalidateQueries({ queryKey: scanReferralKeys.all });
  };
}

export function useCreateScanReferral() {
  const invalidate = useInvalidateScanReferral();
  return useMutation({
    mutationFn: (input: CreateScanReferralInput) => createScanReferral(input),
    onSuccess: invalidate,
  });
}

export function useUpdateScanReferral(referralId: number) {
  const invalidate = useInvalidateScanReferral();
  return useMutation({
    mutationFn: (input: UpdateScanReferralInput) => updateScanReferral(referralId, input),
    onSuccess: invalidate,
  });
}
