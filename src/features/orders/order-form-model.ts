import { z } from 'zod';
import { type EdenOrder, edenAliases } from '@/api/eden/orders';

/**
 * The order form's shape, kept apart from Eden's wire payload (OpenMRS's `toPayload` pattern):
 * every input is a string ('' = not given), extra fields are rows of key/value, and `toPayload`
 * turns the form into exactly what Eden expects.
 */
export const textFields = [
  'folio',
  'description',
  'facility_identifier',
  'room_identifier',
  'room_name',
  'modality',
  'priority',
  'study_code',
  'study_name',
  'patient_identifier',
  'patient_name',
  'patient_first_surname',
  'patient_last_surname',
  'patient_email',
  'patient_gender',
  'patient_birth_date',
  'patient_phone_code',
  'patient_phone_number',
  'physician_identifier',
  'physician_name',
  'physician_first_surname',
  'physician_last_surname',
  'physician_email',
  'physician_gender',
  'physician_phone_code',
  'physician_phone_number',
  'practitioner_assigned_email',
  'appointment_date',
  'appointment_time',
  'appointment_duration',
] as const;
export type TextField = (typeof textFields)[number];

export interface ExtraFieldRow {
  key: string;
  value: string;
}

export type OrderFormValues = Record<TextField, string> & { extra: ExtraFieldRow[] };

export function emptyOrderForm(folio = ''): OrderFormValues {
  const values = Object.fromEntries(textFields.map((field) => [field, ''])) as Record<TextField, string>;
  return { ...values, folio, priority: 'NORMAL', extra: [] };
}

/** `ACC-20261121-K3F9Q2`: readable, unique enough per desk, generated once per draft. */
export function generateFolio(now = new Date()): string {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return `ACC-${day}-${Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('')}`;
}

/** Form → Eden payload: trims, drops what is empty, numbers a whole duration, folds extra rows into an object. */
export function toPayload(values: OrderFormValues): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of textFields) {
    const value = values[field].trim();
    if (value === '') continue;
    // A duration that is not whole minutes is sent as typed, for the checks to refuse: never rewritten.
    payload[field] = field === 'appointment_duration' && /^\d+$/.test(value) ? Number(value) : value;
  }
  const rows = values.extra.filter((row) => row.key.trim() !== '' || row.value.trim() !== '');
  if (rows.length) payload.extra_fields = Object.fromEntries(rows.map((row) => [row.key.trim(), row.value]));
  return payload;
}

/**
 * Only what changed, for `PUT /orders/{id}/`. Extra fields are sent whole when they changed, `{}` when
 * every row was removed. An emptied text field is not in the payload: Eden documents no way to unset one
 * (its fields are strings, never null), so the form refuses that beforehand (`validateOrderEdit`).
 */
export function toUpdatePayload(values: OrderFormValues, initial: OrderFormValues): Record<string, unknown> {
  const next = toPayload(values);
  const before = toPayload(initial);
  if (before.extra_fields !== undefined && next.extra_fields === undefined) next.extra_fields = {};
  return Object.fromEntries(
    Object.entries(next).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])),
  );
}

/** An Eden order → form values, for editing. */
export function fromOrder(order: EdenOrder): OrderFormValues {
  const values = emptyOrderForm(order.folio);
  for (const field of textFields) {
    const raw = (order as Record<string, unknown>)[field];
    if (raw !== null && raw !== undefined) values[field] = String(raw);
  }
  values.facility_identifier = order.facility.identifier;
  values.room_identifier = order.room?.ae_title ?? '';
  values.priority = order.priority ?? '';
  values.extra = Object.entries(order.extra_fields ?? {}).map(([key, value]) => ({
    key,
    value: String(value),
  }));
  return values;
}

const formShape = z.object({
  ...(Object.fromEntries(textFields.map((field) => [field, z.string()])) as Record<TextField, z.ZodString>),
  extra: z.array(z.object({ key: z.string(), value: z.string() })),
});

/** Whether a stored draft still has the form's shape (a draft from an older version is ignored). */
export function isOrderFormDraft(value: unknown): value is OrderFormValues {
  return formShape.safeParse(value).success;
}

export type OrderFormField = TextField | 'extra' | `extra.${number}.key` | `extra.${number}.value`;

/**
 * A vendor field path (canonical name or alias) → the form field that shows its error; null when none
 * does. `extra_fields.<key>` lands on the row holding that key when the form's values are given.
 */
export function formFieldForVendorField(field: string, values?: OrderFormValues): OrderFormField | null {
  const [top = field, ...rest] = field.split('.');
  const canonical = (edenAliases as Record<string, string>)[top] ?? top;
  if (canonical === 'extra_fields') {
    const key = rest.join('.');
    const index = key && values ? values.extra.findIndex((row) => row.key.trim() === key) : -1;
    return index >= 0 ? `extra.${index}.value` : 'extra';
  }
  return (textFields as readonly string[]).includes(canonical) ? (canonical as TextField) : null;
}

export type OrderSection = 'patient' | 'study' | 'place' | 'physician' | 'appointment' | 'extra';

/** The form section a field sits in (the error summary names it: both people have "Given names"). */
export function sectionOf(field: string): OrderSection {
  if (field.startsWith('extra')) return 'extra';
  if (field.startsWith('patient_')) return 'patient';
  if (field.startsWith('physician_') || field === 'practitioner_assigned_email') return 'physician';
  if (field.startsWith('appointment_')) return 'appointment';
  if (field.startsWith('facility_') || field.startsWith('room_')) return 'place';
  return 'study';
}
