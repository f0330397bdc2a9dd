import { EDEN_LIMITS } from '../../src/api/eden/orders';
import { isDicomModality } from '../../src/lib/codes/dicom-modalities';
import { isIsoDate } from '../../src/lib/mappings/datetime';

/**
 * Eden's documented field rules, enforced by the mock independently of the client's zod schemas,
 * answering Django REST style field errors (`{ "<field>": ["…"] }`).
 */
type Errors = Record<string, string[]>;

// The documented maximum lengths are data, shared with the client; the checks below are the mock's own.
const maxLength: Record<string, number> = EDEN_LIMITS;
const required = [
  'folio',
  'description',
  'facility_identifier',
  'modality',
  'study_code',
  'study_name',
  'patient_name',
  'patient_gender',
  'patient_birth_date',
];
const choices: Record<string, readonly string[]> = {
  priority: ['NORMAL', 'HIGHEST', 'URGENT'],
  patient_gender: ['F', 'M', 'O'],
  physician_gender: ['F', 'M', 'O'],
};
const stringFields = new Set([
  ...Object.keys(maxLength),
  'room_identifier',
  'room_name',
  'patient_phone_number',
  'physician_identifier',
  'physician_phone_number',
  'patient_gender',
  'physician_gender',
  'priority',
  'patient_birth_date',
  'appointment_date',
  'appointment_time',
]);
const known = new Set([...stringFields, 'extra_fields', 'appointment_duration']);

export const edenAliases: Record<string, string> = {
  accession_number: 'folio',
  requested_procedure_description: 'description',
  patient_id: 'patient_identifier',
  patient_sex: 'patient_gender',
  patient_birthdate: 'patient_birth_date',
};

/** Aliases → canonical names (the vendor accepts both). */
export function canonical(body: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) out[edenAliases[key] ?? key] = value;
  return out;
}

export function validateOrder(body: Record<string, unknown>, mode: 'create' | 'update'): Errors {
  const errors: Errors = {};
  const add = (field: string, message: string) => {
    errors[field] = [...(errors[field] ?? []), message];
  };
  for (const key of Object.keys(body)) if (!known.has(key)) add(key, 'Unknown field.');
  if (mode === 'create') {
    for (const field of required) {
      if (body[field] === undefined || body[field] === null || body[field] === '')
        add(field, 'This field is required.');
    }
  }
  for (const [field, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    if (stringFields.has(field) && typeof value !== 'string') {
      add(field, 'Not a valid string.');
      continue;
    }
    const max = maxLength[field];
    if (max !== undefined && typeof value === 'string' && value.length > max) {
      add(field, `Ensure this field has no more than ${max} characters.`);
    }
    const allowed = choices[field];
    if (allowed && !allowed.includes(value as string))
      add(field, `"${String(value)}" is not a valid choice.`);
  }
  if (typeof body.modality === 'string' && !isDicomModality(body.modality)) {
    add('modality', `"${body.modality}" is not a DICOM modality code.`);
  }
  for (const field of ['patient_birth_date', 'appointment_date']) {
    if (body[field] !== undefined && !isIsoDate(body[field])) {
      add(field, 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.');
    }
  }
  if (
    body.appointment_time !== undefined &&
    !/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(String(body.appointment_time))
  ) {
    add('appointment_time', 'Time has wrong format. Use one of these formats instead: hh:mm:ss.');
  }
  if (
    body.appointment_duration !== undefined &&
    (!Number.isInteger(body.appointment_duration) || (body.appointment_duration as number) <= 0)
  ) {
    add('appointment_duration', 'A valid positive integer is required.');
  }
  for (const field of ['patient_email', 'physician_email', 'practitioner_assigned_email']) {
    const value = body[field];
    if (typeof value === 'string' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
      add(field, 'Enter a valid email address.');
  }
  const extra = body.extra_fields;
  if (extra !== undefined && (typeof extra !== 'object' || extra === null || Array.isArray(extra))) {
    add('extra_fields', 'Expected a dictionary of items.');
  }
  return errors;
}
