import { z } from 'zod';
import { type EdenOrder, edenAliases, edenCreateOrderSchema } from '@/api/eden/orders';

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

/** Form → Eden payload: trims, drops what is empty, numbers the duration, folds extra rows into an object. */
export function toPayload(values: OrderFormValues): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const field of textFields) {
    const value = values[field].trim();
    if (value === '') continue;
    payload[field] =
      field === 'appointment_duration' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  }
  const rows = values.extra.filter((row) => row.key.trim() !== '' || row.value.trim() !== '');
  if (rows.length) payload.extra_fields = Object.fromEntries(rows.map((row) => [row.key.trim(), row.value]));
  return payload;
}

/** Only what changed, for `PUT /orders/{id}/` (a cleared field is not sent: Eden has no "unset"). */
export function toUpdatePayload(values: OrderFormValues, initial: OrderFormValues): Record<string, unknown> {
  const next = toPayload(values);
  const before = toPayload(initial);
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

function checkExtraRows(values: OrderFormValues, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  values.extra.forEach((row, index) => {
    const key = row.key.trim();
    if (!key && row.value.trim()) {
      ctx.addIssue({
        code: 'custom',
        path: ['extra', index, 'key'],
        message: 'validation.extraKeyRequired',
        input: key,
      });
    }
    if (key && seen.has(key)) {
      ctx.addIssue({
        code: 'custom',
        path: ['extra', index, 'key'],
        message: 'validation.extraKeyDuplicate',
        input: key,
      });
    }
    seen.add(key);
  });
}

/**
 * The form's resolver schema: the form's own checks, then the payload through Eden's schema.
 * Payload field names equal form field names, so every Eden rule lands next to its input.
 */
export const orderFormSchema = formShape
  .superRefine(checkExtraRows)
  .transform((values): unknown => toPayload(values))
  .pipe(edenCreateOrderSchema);

export const orderEditSchema = formShape.superRefine(checkExtraRows);

/** Whether a stored draft still has the form's shape (a draft from an older version is ignored). */
export function isOrderFormDraft(value: unknown): value is OrderFormValues {
  return formShape.safeParse(value).success;
}

/** A vendor field name (canonical or alias) → the form field that shows its error; null when none does. */
export function formFieldForVendorField(field: string): TextField | 'extra' | null {
  const canonical = (edenAliases as Record<string, string>)[field] ?? field;
  if (canonical === 'extra_fields') return 'extra';
  return (textFields as readonly string[]).includes(canonical) ? (canonical as TextField) : null;
}
