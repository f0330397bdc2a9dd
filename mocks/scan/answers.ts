import { HttpResponse } from 'msw';
import { SCAN_FOREIGN_REFERRAL_STATUS } from '../../src/api/scan/endpoints';
import { mockNow } from '../clock';
import { errorAnswer, readJson } from '../shared/http';
import { type MockReferral, type ScanMockState, scanStore } from './store';

/** How the Scan.com mock reads requests and answers: the envelope, the Bearer token, the caller's referral. */

export const base = '*/api/scan';
export type ValidationError = { field: string; message: string };

export const ok = (data: unknown, status = 200) =>
  HttpResponse.json({ success: true, validation_errors: [], data }, { status });
export const fail = (status: number, message: string, validation_errors: ValidationError[] = []) =>
  errorAnswer('scan', status, message, validation_errors);
export const invalid = (errors: ValidationError[]) => fail(422, 'Validation failed', errors);

export const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Scan.com reads an empty body as `{}`. */
export const readBody = (request: Request) => readJson(request, { empty: {} });

export function authenticate(request: Request, state: ScanMockState): number | Response {
  const header = request.headers.get('Authorization') ?? '';
  const match = /^Bearer (.+)$/.exec(header);
  if (!match) return fail(401, 'Missing access token');
  const record = state.accessTokens.get(match[1] as string);
  if (!record) return fail(401, 'Invalid access token');
  if (record.expiresAt <= mockNow().getTime()) return fail(401, 'Access token expired');
  return record.userId;
}

function findReferral(state: ScanMockState, userId: number, rawId: unknown): MockReferral | Response {
  const referral = state.referrals.get(Number(rawId));
  // Another user's referral answers exactly like a missing one.
  if (!referral || referral.ownerId !== userId)
    return fail(SCAN_FOREIGN_REFERRAL_STATUS, 'Referral not found');
  return referral;
}

/** The caller's own referral: authenticated, and visible only to the user who created it. */
export function ownReferral(
  request: Request,
  rawId: unknown,
): { state: ScanMockState; userId: number; referral: MockReferral } | Response {
  const state = scanStore.get();
  const userId = authenticate(request, state);
  if (userId instanceof Response) return userId;
  const referral = findReferral(state, userId, rawId);
  if (referral instanceof Response) return referral;
  return { state, userId, referral };
}

export function toWire(referral: MockReferral) {
  const { ownerId: _owner, ...wire } = referral;
  return wire;
}

/** Timestamps of the referrals, by the mock clock. */
export const now = () => mockNow().toISOString();
