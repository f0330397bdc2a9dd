import { z } from 'zod';
import type { InputIssue } from '@/api/errors';
import {
  type ScanCreateReferralInput,
  type ScanGender,
  type ScanGpDetails,
  type ScanPatientInformationInput,
  type ScanReferral,
  type ScanSafetyAnswer,
  scanGenders,
  scanGpDetailsSchema,
  scanPatientInformationInputSchema,
} from '@/api/scan/referrals';
import { type ValidationResult, zodIssues } from '@/components/forms/form-errors';
import { type ScanModality, scanModalities } from '@/lib/codes/scan-modalities';
import type { ScanReferralAttempt, ScanReferralSeen } from '@/lib/orders/scan-dedup';

/**
 * The Scan.com referral wizard's one form over every step (so any step can be revisited without losing
 * what was typed), and the pure form → payload functions. The form holds the console's own shape; the
 * service layer turns it into the wire (`date_of_birth_iso: "YYYY/MM/DD"` and so on).
 *
 * Steps 1–3 are kept in the form until the user leaves step 3: then the referral is created in one request
 * (or, when it exists, updated with what changed). Documents need the referral; submit or confirm ends it.
 */

export const scanWizardSteps = [
  'patient',
  'study',
  'referral',
  'documents',
  'finish',
  'provider',
  'slots',
  'gp',
  'safety',
  'confirm',
] as const;
export type ScanWizardStep = (typeof scanWizardSteps)[number];

/** The first step that needs the referral to exist at Scan.com. */
export const SCAN_FIRST_REFERRAL_STEP = scanWizardSteps.indexOf('documents');
/** The steps after "submit or confirm", only on the confirm path. */
export const SCAN_CONFIRM_PATH_FROM = scanWizardSteps.indexOf('provider');

/** The form fields of each step (a vendor error on one of them sends the user to that step). */
export const scanStepFields: readonly (readonly string[])[] = [
  ['account', 'patient'],
  ['modality', 'bodyPartIds'],
  ['referralInformation'],
  [],
  ['path'],
  ['providerId'],
  ['slotIds'],
  ['gp'],
  ['safety'],
  [],
];

export interface ScanSafetyRow {
  id: number;
  answer: '' | 'yes' | 'no';
  details: string;
}

export interface ScanWizardValues {
  /** The step on screen (kept in the draft: a reload comes back to it). */
  step: number;
  /** The Scan.com user this tab works as (asked only when no session is active). */
  account: { first_name: string; last_name: string; email: string };
  /** '' until Scan.com created the referral. */
  referralId: string;
  /** When the create was first sent (epoch ms) and not yet answered: a retry looks for it first. 0: none. */
  firstSentAt: number;
  /** What Scan.com holds of each part (JSON of the last payload it accepted), to send only what changed. */
  synced: { referral: string; provider: string; slots: string; gp: string; safety: string };
  patient: {
    first_name: string;
    last_name: string;
    email: string;
    /** ISO `YYYY-MM-DD` (sent as Scan.com's `YYYY/MM/DD`). */
    date_of_birth: string;
    gender: '' | ScanGender;
    phone: string;
    address_line_1: string;
    address_line_2: string;
    address_city: string;
    address_postcode: string;
  };
  modality: '' | ScanModality;
  /** Body part ids as strings (checkbox values). */
  bodyPartIds: string[];
  referralInformation: string;
  path: '' | 'submit' | 'confirm';
  /** Postcode or town to find providers near (defaults to the patient's postcode). */
  providerLocation: string;
  providerId: string;
  slotIds: number[];
  gp: {
    gp_name: string;
    practice_name: string;
    practice_address: string;
    practice_postcode: string;
    practice_phone: string;
  };
  safety: ScanSafetyRow[];
}

export function emptyScanWizard(): ScanWizardValues {
  return {
    step: 0,
    account: { first_name: '', last_name: '', email: '' },
    referralId: '',
    firstSentAt: 0,
    synced: { referral: '', provider: '', slots: '', gp: '', safety: '' },
    patient: {
      first_name: '',
      last_name: '',
      email: '',
      date_of_birth: '',
      gender: '',
      phone: '',
      address_line_1: '',
      address_line_2: '',
      address_city: '',
      address_postcode: '',
    },
    modality: '',
    bodyPartIds: [],
    referralInformation: '',
    path: '',
    providerLocation: '',
    providerId: '',
    slotIds: [],
    gp: { gp_name: '', practice_name: '', practice_address: '', practice_postcode: '', practice_phone: '' },
    safety: [],
  };
}

const optionalPatientFields = [
  'phone',
  'address_line_1',
  'address_line_2',
  'address_city',
  'address_postcode',
] as const;

/** The form's patient → Scan.com's patient_information input (empty optional fields left out). */
export function toScanPatient(patient: ScanWizardValues['patient']): ScanPatientInformationInput {
  const out: ScanPatientInformationInput = {
    first_name: patient.first_name.trim(),
    last_name: patient.last_name.trim(),
    email: patient.email.trim(),
    date_of_birth: patient.date_of_birth.trim(),
  };
  for (const name of optionalPatientFields) {
    const value = patient[name].trim();
    if (value) out[name] = value;
  }
  if (patient.gender) out.gender = patient.gender;
  return out;
}

/** Steps 1–3 → the create (or update) body. */
export function toScanReferralBody(values: ScanWizardValues): ScanCreateReferralInput {
  return {
    patient_information: toScanPatient(values.patient),
    ...(values.modality ? { modality: values.modality } : {}),
    ...(values.bodyPartIds.length ? { body_part_ids: values.bodyPartIds.map(Number) } : {}),
    ...(values.referralInformation.trim() ? { referral_information: values.referralInformation.trim() } : {}),
  };
}

export function toScanGpDetails(gp: ScanWizardValues['gp']): ScanGpDetails {
  const out: ScanGpDetails = {
    gp_name: gp.gp_name.trim(),
    practice_name: gp.practice_name.trim(),
    practice_address: gp.practice_address.trim(),
    practice_postcode: gp.practice_postcode.trim(),
  };
  if (gp.practice_phone.trim()) out.practice_phone = gp.practice_phone.trim();
  return out;
}

export function toScanSafetyAnswers(rows: readonly ScanSafetyRow[]): ScanSafetyAnswer[] {
  return rows.map((row) => ({
    safety_question_id: row.id,
    answer: row.answer === 'yes',
    ...(row.answer === 'yes' && row.details.trim() ? { details: row.details.trim() } : {}),
  }));
}

/** A stable text of a payload, to tell whether Scan.com already has it. */
export function signatureOf(payload: unknown): string {
  return JSON.stringify(payload);
}

/** This wizard's create, as the de-duplication rule compares it (src/lib/orders/scan-dedup.ts). */
export function toScanAttempt(values: ScanWizardValues): ScanReferralAttempt {
  return {
    patient: {
      firstName: values.patient.first_name,
      lastName: values.patient.last_name,
      dateOfBirth: values.patient.date_of_birth,
      email: values.patient.email,
    },
    modality: values.modality,
    firstSentAt: values.firstSentAt,
  };
}

/** A referral of the user's list, as the de-duplication rule reads it. */
export function seenScanReferral(referral: ScanReferral): ScanReferralSeen {
  return {
    id: String(referral.id),
    patient: {
      firstName: referral.patient_information.first_name,
      lastName: referral.patient_information.last_name,
      dateOfBirth: referral.patient_information.date_of_birth ?? '',
      email: referral.patient_information.email ?? null,
    },
    modality: referral.modality ?? null,
    createdAt: referral.created_at,
  };
}

/**
 * A vendor's field (wire name) → the wizard's field. `user`: the answer to creating the Scan.com user
 * (top-level names); `referral`: every referral endpoint. `base` and unknown names belong to no field.
 */
export function scanFormField(wire: string, answerOf: 'user' | 'referral'): string | null {
  if (answerOf === 'user') {
    const name = wire.split('.')[0] ?? '';
    return ['first_name', 'last_name', 'email'].includes(name) ? `account.${name}` : null;
  }
  const [top = '', ...rest] = wire.replace(/\[(\d+)\]/g, '.$1').split('.');
  const sub = rest.join('.');
  switch (top) {
    case 'patient_information': {
      if (sub === 'date_of_birth_iso' || sub === 'date_of_birth') return 'patient.date_of_birth';
      const known = Object.keys(emptyScanWizard().patient);
      return known.includes(sub) ? `patient.${sub}` : 'patient.first_name';
    }
    case 'modality':
      return 'modality';
    case 'body_part_ids':
      return 'bodyPartIds';
    case 'referral_information':
      return 'referralInformation';
    case 'imaging_provider_id':
      return 'providerId';
    case 'time_slot_ids':
      return 'slotIds';
    case 'gp_details': {
      const known = Object.keys(emptyScanWizard().gp);
      return known.includes(sub) ? `gp.${sub}` : 'gp.gp_name';
    }
    case 'safety_question_answers': {
      const [index, field] = rest;
      return index !== undefined && /^\d+$/.test(index) && (field === 'answer' || field === 'details')
        ? `safety.${index}.${field}`
        : 'safety';
    }
    default:
      return null;
  }
}

export interface ScanStepContext {
  /** No Scan.com session is active: the user's account fields are needed. */
  needsAccount: boolean;
  /** Which safety questions need details after a "yes". */
  detailsRequired?: ReadonlySet<number>;
}

/** The issues of a section under its form path; an empty field is "required", not "badly written". */
const prefix = (issues: InputIssue[], at: string, values: Record<string, string>): InputIssue[] =>
  issues.map((issue) => ({
    ...(issue.path && !values[issue.path]?.trim() ? { message: 'validation.required' as const } : issue),
    path: issue.path ? `${at}.${issue.path}` : at,
  }));

const accountSchema = z.object({
  first_name: z.string().trim().min(1).max(255),
  last_name: z.string().trim().min(1).max(255),
  email: z.email(),
});

/** The checks of the step on screen (`values.step`); the other steps are checked when the user is on them. */
export function validateScanStep(
  values: ScanWizardValues,
  context: ScanStepContext,
): ValidationResult<ScanWizardValues> {
  const issues: InputIssue[] = [];
  const step = scanWizardSteps[values.step];
  if (step === 'patient') {
    if (context.needsAccount)
      issues.push(...prefix(zodIssues(accountSchema, values.account), 'account', values.account));
    issues.push(
      ...prefix(
        zodIssues(scanPatientInformationInputSchema, toScanPatient(values.patient)),
        'patient',
        values.patient,
      ),
    );
  }
  if (step === 'study') {
    if (!values.modality) issues.push({ path: 'modality', message: 'validation.required' });
    else if (values.bodyPartIds.length === 0)
      issues.push({ path: 'bodyPartIds', message: 'validation.required' });
  }
  if (step === 'referral') {
    const text = values.referralInformation.trim();
    if (!text) issues.push({ path: 'referralInformation', message: 'validation.required' });
    else if (text.length > 5000)
      issues.push({ path: 'referralInformation', message: 'validation.tooLong', params: { maximum: 5000 } });
  }
  if (step === 'finish' && !values.path) issues.push({ path: 'path', message: 'validation.required' });
  if (step === 'provider' && !values.providerId)
    issues.push({ path: 'providerId', message: 'validation.required' });
  if (step === 'slots' && values.slotIds.length === 0)
    issues.push({ path: 'slotIds', message: 'validation.required' });
  if (step === 'gp')
    issues.push(...prefix(zodIssues(scanGpDetailsSchema, toScanGpDetails(values.gp)), 'gp', values.gp));
  if (step === 'safety') {
    if (values.safety.length === 0) issues.push({ path: 'safety', message: 'validation.required' });
    values.safety.forEach((row, index) => {
      if (!row.answer) issues.push({ path: `safety.${index}.answer`, message: 'validation.required' });
      else if (row.answer === 'yes' && context.detailsRequired?.has(row.id) && !row.details.trim())
        issues.push({ path: `safety.${index}.details`, message: 'validation.required' });
    });
  }
  return issues.length ? { ok: false, issues } : { ok: true, value: values };
}

/** Keeps the answers already given when the list of questions (re)loads, in the list's order. */
export function safetyRowsFor(
  questions: readonly { id: number }[],
  rows: readonly ScanSafetyRow[],
): ScanSafetyRow[] {
  return questions.map(
    (question): ScanSafetyRow =>
      rows.find((row) => row.id === question.id) ?? { id: question.id, answer: '', details: '' },
  );
}

const text = z.string();
const draftShape = z.object({
  step: z
    .number()
    .int()
    .min(0)
    .max(scanWizardSteps.length - 1),
  account: z.object({ first_name: text, last_name: text, email: text }),
  referralId: text,
  firstSentAt: z.number(),
  synced: z.object({ referral: text, provider: text, slots: text, gp: text, safety: text }),
  patient: z.object({
    first_name: text,
    last_name: text,
    email: text,
    date_of_birth: text,
    gender: z.enum(['', ...scanGenders]),
    phone: text,
    address_line_1: text,
    address_line_2: text,
    address_city: text,
    address_postcode: text,
  }),
  modality: z.enum(['', ...scanModalities]),
  bodyPartIds: z.array(text),
  referralInformation: text,
  path: z.enum(['', 'submit', 'confirm']),
  providerLocation: text,
  providerId: text,
  slotIds: z.array(z.number()),
  gp: z.object({
    gp_name: text,
    practice_name: text,
    practice_address: text,
    practice_postcode: text,
    practice_phone: text,
  }),
  safety: z.array(z.object({ id: z.number(), answer: z.enum(['', 'yes', 'no']), details: text })),
});

export function isScanWizardDraft(value: unknown): value is ScanWizardValues {
  return draftShape.safeParse(value).success;
}
