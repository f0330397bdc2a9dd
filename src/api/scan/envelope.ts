import { z } from 'zod';
import type { FieldErrors } from '../errors';
import type { VendorErrorParser } from '../http';
import { SCAN_BASE_ERROR_KEY } from './paths';

/**
 * Scan.com wraps every answer in `{ success, validation_errors, data }`.
 * `validation_errors` is not specified in the guide; we accept the three usual forms (ASSUMED) and turn
 * each into field errors keyed by the vendor's (wire) field name:
 * - `[{ "field": "patient_information.email", "message": "is invalid" }]` (also `attribute`/`key`, `messages`)
 * - `{ "patient_information.email": ["is invalid"] }`
 * - `["Email is invalid"]` (no field: filed under `base`)
 */
const validationErrorItem = z.union([
  z.string(),
  z
    .object({
      field: z.string().optional(),
      attribute: z.string().optional(),
      key: z.string().optional(),
      message: z.string().optional(),
      messages: z.array(z.string()).optional(),
    })
    .loose(),
]);

export const validationErrorsSchema = z.union([
  z.array(validationErrorItem),
  z.record(z.string(), z.union([z.string(), z.array(z.string())])),
]);
export type ScanValidationErrors = z.infer<typeof validationErrorsSchema>;

export function validationErrorsToFieldErrors(errors: ScanValidationErrors | null | undefined): FieldErrors {
  const out: FieldErrors = {};
  const add = (field: string, messages: string[]) => {
    if (messages.length === 0) return;
    out[field] = [...(out[field] ?? []), ...messages];
  };
  if (!errors) return out;
  if (Array.isArray(errors)) {
    for (const item of errors) {
      if (typeof item === 'string') add(SCAN_BASE_ERROR_KEY, [item]);
      else {
        const field = item.field ?? item.attribute ?? item.key ?? SCAN_BASE_ERROR_KEY;
        const messages = [...(item.message ? [item.message] : []), ...(item.messages ?? [])];
        add(field, messages.length ? messages : ['is invalid']);
      }
    }
  } else {
    for (const [field, value] of Object.entries(errors)) add(field, Array.isArray(value) ? value : [value]);
  }
  return out;
}

/** The successful envelope around `data`. A `success: false` answer is a separate branch (see ./session). */
export function envelope<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('success', [
    z.object({ success: z.literal(true), validation_errors: validationErrorsSchema.optional(), data }),
    z.object({
      success: z.literal(false),
      validation_errors: validationErrorsSchema.nullish(),
      data: z.unknown().optional(),
      message: z.string().optional(),
    }),
  ]);
}

const errorBody = z
  .object({
    success: z.boolean().optional(),
    validation_errors: validationErrorsSchema.nullish(),
    message: z.string().optional(),
    error: z.string().optional(),
  })
  .loose();

/** Scan.com error bodies → message + field errors (wire names). */
export const parseScanError: VendorErrorParser = (status, body) => {
  const parsed = errorBody.safeParse(body);
  if (!parsed.success) return { message: typeof body === 'string' && body ? body : `HTTP ${status}` };
  const fieldErrors = validationErrorsToFieldErrors(parsed.data.validation_errors);
  const first = Object.entries(fieldErrors)[0];
  const message =
    parsed.data.message ??
    parsed.data.error ??
    (first ? `${first[0]} ${first[1][0] ?? ''}`.trim() : `HTTP ${status}`);
  return { message, fieldErrors };
};

// ---------------------------------------------------------------- dates of birth

const YMD_SLASH = /^(\d{4})\/(\d{2})\/(\d{2})$/;
const DMY_SLASH = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const YMD_DASH = /^(\d{4})-(\d{2})-(\d{2})$/;

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

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
  return validDate(Number(y), Number(m), Number(d)) ? `${y}-${m}-${d}` : null;
}

/** ISO `YYYY-MM-DD` → the form we send, `YYYY/MM/DD` (see SCAN_SENT_DOB_FIELD). */
export function toScanDateOfBirth(iso: string): string {
  return iso.replaceAll('-', '/');
}

/** A date of birth in any accepted form, read as ISO `YYYY-MM-DD`. */
export const scanDateOfBirthSchema = z.string().transform((value, ctx) => {
  const iso = normalizeScanDateOfBirth(value);
  if (iso === null) {
    ctx.addIssue({ code: 'custom', message: 'Expected a date of birth as YYYY/MM/DD or DD/MM/YYYY.' });
    return z.NEVER;
  }
  return iso;
});
