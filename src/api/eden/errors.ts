import { type FieldErrors, VendorError } from '../errors';
import type { VendorErrorParser } from '../http';

/**
 * Eden's error body is not documented (vendor-docs README: "Unconfirmed: error body shape"). Eden is a
 * Django REST service, so we read the Django REST Framework shapes: `{ "detail": "…" }` for general
 * errors and `{ "<field>": ["…"], "non_field_errors": ["…"] }` for validation errors. Anything else
 * still becomes a VendorError with the HTTP status.
 */
export const parseEdenError: VendorErrorParser = (status, body) => {
  if (typeof body === 'string') return { message: body.trim().slice(0, 300) || `HTTP ${status}` };
  if (typeof body !== 'object' || body === null) return { message: `HTTP ${status}` };
  const record = body as Record<string, unknown>;
  if (typeof record.detail === 'string') return { message: record.detail };
  const fieldErrors: FieldErrors = {};
  const general: string[] = [];
  for (const [key, value] of Object.entries(record)) {
    const messages = (Array.isArray(value) ? value : [value]).filter(
      (m): m is string => typeof m === 'string',
    );
    if (messages.length === 0) continue;
    if (key === 'non_field_errors') general.push(...messages);
    else fieldErrors[key] = messages;
  }
  const fieldSummary = Object.entries(fieldErrors).map(
    ([field, messages]) => `${field}: ${messages.join(' ')}`,
  );
  return { message: [...general, ...fieldSummary].join('; ') || `HTTP ${status}`, fieldErrors };
};

/**
 * How Eden says "this folio is taken" (assumed: a 400 with a `folio` field error saying it already exists,
 * as Django REST's unique validator does). Kept in one place.
 */
export function isEdenDuplicateFolioError(error: unknown): error is VendorError {
  return (
    error instanceof VendorError &&
    (error.status === 400 || error.status === 409) &&
    (error.fieldErrors.folio ?? []).some((message) => /already exists/i.test(message))
  );
}
