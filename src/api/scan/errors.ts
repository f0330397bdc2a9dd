import { z } from 'zod';
import type { FieldErrors } from '../errors';
import type { VendorErrorParser } from '../http';

/**
 * ASSUMED: general (not field) validation errors are filed under this key in `VendorError.fieldErrors`.
 */
export const SCAN_BASE_ERROR_KEY = 'base';

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

export const scanValidationErrorsSchema = z.union([
  z.array(validationErrorItem),
  z.record(z.string(), z.union([z.string(), z.array(z.string())])),
]);
export type ScanValidationErrors = z.infer<typeof scanValidationErrorsSchema>;

export function scanValidationErrorsToFieldErrors(
  errors: ScanValidationErrors | null | undefined,
): FieldErrors {
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

const errorBody = z
  .object({
    success: z.boolean().optional(),
    validation_errors: scanValidationErrorsSchema.nullish(),
    message: z.string().optional(),
    error: z.string().optional(),
  })
  .loose();

/** Scan.com error bodies → message + field errors (wire names). */
export const parseScanError: VendorErrorParser = (status, body) => {
  const parsed = errorBody.safeParse(body);
  if (!parsed.success) return { message: typeof body === 'string' && body ? body : `HTTP ${status}` };
  const fieldErrors = scanValidationErrorsToFieldErrors(parsed.data.validation_errors);
  const first = Object.entries(fieldErrors)[0];
  const message =
    parsed.data.message ??
    parsed.data.error ??
    (first ? `${first[0]} ${first[1][0] ?? ''}`.trim() : `HTTP ${status}`);
  return { message, fieldErrors };
};
