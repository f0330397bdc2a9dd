import { z } from 'zod';
import type { FieldErrors } from '../errors';
import type { VendorErrorParser } from '../http';

/** ASSUMED error body: `{ "message": "…", "errors": [{ "field": "size", "message": "…" }] }`. */
const errorBody = z
  .object({
    message: z.string().optional(),
    error: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .loose();

/** Impilo error bodies → message + field errors (wire names). */
export const parseImpiloError: VendorErrorParser = (status, body) => {
  const parsed = errorBody.safeParse(body);
  if (!parsed.success) return { message: typeof body === 'string' && body ? body : `HTTP ${status}` };
  const fieldErrors: FieldErrors = {};
  for (const { field, message } of parsed.data.errors ?? [])
    fieldErrors[field] = [...(fieldErrors[field] ?? []), message];
  return { message: parsed.data.message ?? parsed.data.error ?? `HTTP ${status}`, fieldErrors };
};
