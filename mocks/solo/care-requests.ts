import { SOLO_MAX_DURATION_SECONDS, SOLO_MIN_DURATION_SECONDS } from '../../src/api/solo/common';
import { isIsoDate } from '../../src/lib/mappings/datetime';
import { errorAnswer, isRecord } from '../shared/http';
import { SoloWorkflowError } from './care-workflow';

/** How the Solo care mock reads requests and answers errors (`{ "error": { "message" } }`). */

export const BASE = '*/api/solo/qapi/v1';
export const VISIT_HOST = 'https://demo.visitnow.org';

export type Json = Record<string, unknown>;

export const soloError = (status: number, message: string) => errorAnswer('solo', status, message);

export class Invalid extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const fail = (message: string, status = 400): never => {
  throw new Invalid(status, message);
};

export function toResponse(error: unknown) {
  if (error instanceof Invalid || error instanceof SoloWorkflowError)
    return soloError(error.status, error.message);
  throw error;
}

export async function readObject(request: Request): Promise<Json> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return fail('Request body must be valid JSON.');
  }
  if (!isRecord(body)) fail('Request body must be a JSON object.');
  return body as Json;
}

// ---- field readers --------------------------------------------------------------------------------

export function optString(body: Json, field: string): string | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') fail(`Field ${field} must be a string.`);
  return value as string;
}

export function optNullableString(body: Json, field: string): string | null | undefined {
  return body[field] === null ? null : optString(body, field);
}

export function optBoolean(body: Json, field: string): boolean | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') fail(`Field ${field} must be a boolean.`);
  return value as boolean;
}

export function optInt(body: Json, field: string): number | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) fail(`Field ${field} must be an integer.`);
  return value as number;
}

export function optStringArray(body: Json, field: string): string[] | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    fail(`Field ${field} must be a list of strings.`);
  }
  return value as string[];
}

export function optArray<T>(body: Json, field: string): T[] | undefined {
  const value = body[field];
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) fail(`Field ${field} must be a list.`);
  return value as T[];
}

export function checkDuration(duration: number | undefined, field = 'duration'): void {
  if (
    duration !== undefined &&
    (duration < SOLO_MIN_DURATION_SECONDS || duration > SOLO_MAX_DURATION_SECONDS)
  ) {
    fail(`Field ${field} should be in range [${SOLO_MIN_DURATION_SECONDS}, ${SOLO_MAX_DURATION_SECONDS}].`);
  }
}

export function checkDate(value: string | undefined, field: string): void {
  if (value === undefined) return;
  if (!isIsoDate(value)) {
    fail(`Field ${field} must be a date YYYY-MM-DD.`);
  }
}
