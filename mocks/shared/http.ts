import { HttpResponse } from 'msw';
import type { VendorId } from '../../src/api/errors';

/**
 * What every vendor mock needs to read a request and to answer an error, in one place: body reading, record
 * guards, and each vendor's own error body (the one its service module parses, see src/api/<vendor>/errors.ts).
 */

export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

export const isPositiveInt = (value: unknown): value is number =>
  Number.isInteger(value) && (value as number) > 0;

/** A record, or `{}` for anything else (for bodies whose fields are checked one by one). */
export const asRecord = (value: unknown): JsonRecord => (isRecord(value) ? value : {});

/**
 * The request's JSON body: `undefined` when it is not JSON. An empty body is `empty` (default `undefined`;
 * Scan.com treats an empty body as `{}`).
 */
export async function readJson(request: Request, options: { empty?: unknown } = {}): Promise<unknown> {
  try {
    const text = await request.text();
    return text.trim() ? JSON.parse(text) : options.empty;
  } catch {
    return undefined;
  }
}

/** The request's body when it is a JSON object, else `null`. */
export async function readRecord(request: Request): Promise<JsonRecord | null> {
  const body = await readJson(request);
  return isRecord(body) ? body : null;
}

export interface FieldProblem {
  field: string;
  message: string;
}

/**
 * Each vendor's error body, as the mock answers it:
 * - Eden (Django REST): field problems as `{ "<field>": ["…"] }`, else `{ "detail": "…" }`;
 * - Solo: `{ "error": { "message": "…" } }`;
 * - Scan.com: the envelope `{ success: false, validation_errors: [{ field, message }], data: null, message }`;
 * - Impilo: `{ message, errors: [{ field, message }] }`;
 * - PostDICOM (the server's config endpoint): `{ Success: false, Message }`.
 */
export function errorBody(vendor: VendorId, message: string, problems: FieldProblem[] = []): JsonRecord {
  switch (vendor) {
    case 'eden': {
      if (problems.length === 0) return { detail: message };
      const fields: Record<string, string[]> = {};
      for (const { field, message: text } of problems) fields[field] = [...(fields[field] ?? []), text];
      return fields;
    }
    case 'solo':
      return { error: { message } };
    case 'scan':
      return { success: false, validation_errors: problems, data: null, message };
    case 'impilo':
      return problems.length ? { message, errors: problems } : { message };
    case 'postdicom':
      return { Success: false, Message: message };
  }
}

/** An error answer in the vendor's own shape. */
export function errorAnswer(
  vendor: VendorId,
  status: number,
  message: string,
  problems: FieldProblem[] = [],
  headers?: Record<string, string>,
): Response {
  return HttpResponse.json(errorBody(vendor, message, problems), { status, headers });
}
