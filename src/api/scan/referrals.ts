import { z } from 'zod';
import { scanModalities } from '@/lib/codes/scan-modalities';
import { hasIsoDateFormat, isIsoDate } from '@/lib/mappings/datetime';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { scanRequest } from './client';
import { scanEndpoints } from './endpoints';

/** Referrals: create, update, get, list (a referral is visible only to the user who created it). */

/** ASSUMED gender values (the guide shows "male"). */
export const scanGenders = ['male', 'female', 'other'] as const;
export type ScanGender = (typeof scanGenders)[number];

/** ASSUMED referral statuses: created → submitted (patient finishes by email) or confirmed (done via API). */
export const scanReferralStatuses = ['draft', 'submitted', 'confirmed'] as const;
export type ScanReferralStatus = (typeof scanReferralStatuses)[number];

/**
 * Dates of birth. CONFIRMED: the guide shows `date_of_birth_iso: "1999/01/30"` and elsewhere
 * `date_of_birth: "24/11/1999"`. We accept both in answers and SEND `date_of_birth_iso` as `YYYY/MM/DD`
 * (the form the current guide uses).
 */
export const SCAN_SENT_DOB_FIELD = 'date_of_birth_iso';

/* ------------------------------------------------------------------ dates of birth */

const YMD_SLASH = /^(\d{4})\/(\d{2})\/(\d{2})$/;
const DMY_SLASH = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const YMD_DASH = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date of birth in either documented form (`1999/01/30` or `24/11/1999`), or ISO `1999-01-30`,
 * → ISO `YYYY-MM-DD`; `null` when it is none of them or not a real date.
 */
export function normalizeScanDateOfBirth(value: string): string | null {
  let parts: [string, string, string] | undefined;
  const ymd = YMD_SLASH.exec(value) ?? YMD_DASH.exec(value);
  if (ymd) parts = [ymd[1] as string, ymd[2] as string, ymd[3] as string];
  const dmy = DMY_SLASH.exec(value);
  if (dmy) parts = [dmy[3] as string, dmy[2] as string, dmy[1] as string];
  if (!parts) return null;
  const [y, m, d] = parts;
  return isIsoDate(`${y}-${m}-${d}`) ? `${y}-${m}-${d}` : null;
}

/** ISO `YYYY-MM-DD` → the form we send, `YYYY/MM/DD` (see SCAN_SENT_DOB_FIELD). */
export function toScanDateOfBirth(iso: string): string {
  return iso.replaceAll('-', '/');
}

/** A date of birth in any accepted form, read as ISO `YYYY-MM-DD`. */
export const scanDateOfBirthSchema = z.string().transform((value, ctx) => {
  const iso = normalizeScanDateOfBirth(value);
  if (iso === null) {
    ctx.addIssue({
      code: 'custom',
      message:
        hasIsoDateFormat(value.replaceAll('/', '-')) || /^\d{2}\/\d{2}\/\d{4}$/.test(value)
          ? 'validation.noSuchDate'
          : 'validation.dateOfBirthFormat',
    });
    return z.NEVER;
  }
  return iso;
});

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

export const scanPatientInformationInputSchema = patientInformationBase.transform(toWirePatient);
export const scanPatientInformationPatchSchema = patientInformationBase.partial().transform(toWirePatient);
export type ScanPatientInformationInput = z.input<typeof patientInformationBase>;

/** ASSUMED GP details shape (the guide only says "the patient's GP details"). */
export const scanGpDetailsSchema = z.object({
  gp_name: z.string().trim().min(1).max(255),
  practice_name: z.string().trim().min(1).max(255),
  practice_address: z.string().trim().min(1).max(500),
  practice_postcode: z.string().trim().min(1).max(10),
  practice_phone: z.string().trim().min(1).max(50).optional(),
});
export type ScanGpDetails = z.infer<typeof scanGpDetailsSchema>;

/** ASSUMED answer shape: one per safety question; details when the answer is yes. */
export const scanSafetyAnswerSchema = z.object({
  safety_question_id: id,
  answer: z.boolean(),
  details: z.string().trim().min(1).max(2000).optional(),
});
export type ScanSafetyAnswer = z.infer<typeof scanSafetyAnswerSchema>;

export const scanCreateReferralSchema = z.object({
  patient_information: scanPatientInformationInputSchema,
  modality: z.enum(scanModalities).optional(),
  body_part_ids: z.array(id).min(1).optional(),
  referral_information: z.string().trim().min(1).max(5000).optional(),
});
export type ScanCreateReferralInput = z.input<typeof scanCreateReferralSchema>;

export const scanUpdateReferralSchema = z
  .object({
    patient_information: scanPatientInformationPatchSchema.optional(),
    modality: z.enum(scanModalities).optional(),
    body_part_ids: z.array(id).min(1).optional(),
    referral_information: z.string().trim().min(1).max(5000).optional(),
    imaging_provider_id: id.optional(),
    gp_details: scanGpDetailsSchema.optional(),
    safety_question_answers: z.array(scanSafetyAnswerSchema).min(1).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'validation.nothingToUpdate',
  });
export type ScanUpdateReferralInput = z.input<typeof scanUpdateReferralSchema>;

const nullishString = z.string().nullish();

/** Patient information as the vendor answers it; the date of birth (either form) is read as ISO. */
export const scanPatientInformationSchema = z
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

export const scanAdditionalDocumentSchema = z.object({
  id,
  file_name: z.string(),
  content_type: z.string().nullish(),
  size: z.number().int().nonnegative().nullish(),
  created_at: z.string().nullish(),
});
export type ScanAdditionalDocument = z.infer<typeof scanAdditionalDocumentSchema>;

export const scanReferralSchema = z.object({
  id,
  status: z.enum(scanReferralStatuses),
  patient_information: scanPatientInformationSchema,
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
  gp_details: scanGpDetailsSchema.nullish(),
  safety_question_answers: z
    .array(scanSafetyAnswerSchema)
    .nullish()
    .transform((v) => v ?? []),
  additional_documents: z
    .array(scanAdditionalDocumentSchema)
    .nullish()
    .transform((v) => v ?? []),
  created_at: z.string(),
  updated_at: z.string().nullish(),
});
export type ScanReferral = z.infer<typeof scanReferralSchema>;

/* ------------------------------------------------------------------ functions */

/** `POST /api/v1/referrals` */
export async function createScanReferral(input: ScanCreateReferralInput, options: CallOptions = {}) {
  const json = parseInput('scan', scanEndpoints.createReferral.name, scanCreateReferralSchema, input);
  return scanRequest({
    ...scanEndpoints.createReferral.at(),
    json,
    data: scanReferralSchema,
    ...options,
  });
}

/** `PATCH /api/v1/referrals/{referral_id}` (assumed path of "Update a referral"). */
export async function updateScanReferral(
  referralId: number,
  input: ScanUpdateReferralInput,
  options: CallOptions = {},
) {
  const endpoint = scanEndpoints.updateReferral;
  const json = parseInput('scan', endpoint.name, scanUpdateReferralSchema, input);
  return scanRequest({
    ...endpoint.at({ referral_id: parseInput('scan', endpoint.name, id, referralId, { at: 'referralId' }) }),
    json,
    data: scanReferralSchema,
    ...options,
  });
}

/** `GET /api/v1/referrals/{referral_id}` (assumed). */
export async function getScanReferral(referralId: number, options: CallOptions = {}) {
  return scanRequest({
    ...scanEndpoints.getReferral.at({
      referral_id: parseInput('scan', scanEndpoints.getReferral.name, id, referralId, { at: 'referralId' }),
    }),
    data: scanReferralSchema,
    ...options,
  });
}

/** `GET /api/v1/referrals`: the current user's referrals (a referral is visible only to the user who created it). */
export async function listScanReferrals(options: CallOptions = {}) {
  return scanRequest({
    ...scanEndpoints.listReferrals.at(),
    data: z.array(scanReferralSchema),
    ...options,
  });
}
