import { z } from 'zod';
import { type SessionEndReason, SessionError, VendorError } from '../errors';
import { type CallOptions, createVendorClient, type JsonRequest } from '../http';
import { scanEndpoints } from './endpoints';
import { parseScanError, scanValidationErrorsSchema, scanValidationErrorsToFieldErrors } from './errors';
import { getScanSessionSnapshot, publishScanSession, type ScanSessionSnapshot } from './session';

/**
 * The Scan.com client. ALL of Scan.com's token handling lives in this module, so that a later gateway can take
 * custody of the tokens in one change (replace `startScanSession`, `renew` and `scanRequest`'s Authorization
 * header).
 *
 * - The access and refresh tokens are kept in this module's memory only: never in localStorage,
 *   sessionStorage, cookies or the query cache. A page reload means a new user (by design).
 * - The token is renewed before it expires (less than SCAN_REFRESH_MARGIN_MS left), and on a 401.
 * - A refresh token is sent at most once (ASSUMED: the vendor rotates it and refuses a reused one with 401
 *   "Invalid refresh token"; a vendor that detects reuse may also revoke what the first use issued). The
 *   renewal is single-flight, and it stays single across query retries: every caller that wants to renew
 *   with the same refresh token shares the same outcome, pending or settled.
 * - When the answer to a renewal is lost (network error, timeout, 5xx, an unreadable answer), the vendor may
 *   have used the refresh token up: it is never sent again. The session keeps its access token while it is
 *   valid; once it expires or is refused, the session ends with a SessionError `lost`. A renewal refused with
 *   401/403 ends the session with a SessionError `refused`. A renewal the vendor refused without processing
 *   it (429, 408, another 4xx) leaves the refresh token usable.
 * - A request refused with 401 was not processed, so sending it again after a renewal is safe even for a
 *   mutation; it is re-sent once only.
 */

/** The raw client: no Authorization of its own (see `scanRequest`). */
export const scanClient = createVendorClient({ vendor: 'scan', parseError: parseScanError });

/** Our choice: refresh the access token when it has less than this left (the token lives about a day). */
export const SCAN_REFRESH_MARGIN_MS = 5 * 60_000;

/** The successful envelope around `data`. A `success: false` answer is a separate branch (see `scanRequest`). */
export function scanEnvelopeSchema<T extends z.ZodType>(data: T) {
  return z.discriminatedUnion('success', [
    z.object({ success: z.literal(true), validation_errors: scanValidationErrorsSchema.optional(), data }),
    z.object({
      success: z.literal(false),
      validation_errors: scanValidationErrorsSchema.nullish(),
      data: z.unknown().optional(),
      message: z.string().optional(),
    }),
  ]);
}

export const scanTokenSchema = z.object({
  access_token: z.string().min(1),
  refresh_token: z.string().min(1),
  /** Seconds (about a day). */
  expires_in: z.number().int().positive(),
});

type ScanTokens = z.output<typeof scanTokenSchema>;

interface Tokens {
  accessToken: string;
  refreshToken: string;
  /** Epoch ms, by this browser's clock. */
  expiresAt: number;
  /** False once a renewal's answer was lost: the refresh token may be used up and is never sent again. */
  renewable: boolean;
}

let tokens: Tokens | null = null;
/** The renewal with `refreshToken`: its outcome is shared by every caller until the tokens change. */
let renewal: { refreshToken: string; promise: Promise<string> } | null = null;
/** Bumped by every new session or sign-out, so that a late renewal cannot overwrite a newer session. */
let generation = 0;

function publish(endedBecause: ScanSessionSnapshot['endedBecause'] = null) {
  publishScanSession({
    active: tokens !== null,
    expiresAt: tokens?.expiresAt ?? null,
    renewable: tokens?.renewable ?? false,
    endedBecause,
    sessionId: tokens === null ? null : generation,
  });
}

function setTokens(next: Tokens | null) {
  tokens = next;
  renewal = null;
  publish();
}

/** The session is over on the vendor's side or ours: forget it, say why, and give the caller the error. */
function endSession(
  reason: Exclude<SessionEndReason, 'missing'>,
  endpoint: string,
  cause?: unknown,
): SessionError {
  tokens = null;
  renewal = null;
  generation++;
  publish(reason);
  return new SessionError('scan', endpoint, reason, cause);
}

function fromWire(data: ScanTokens): Tokens {
  return {
    accessToken: data.access_token,
    refreshToken: data.refresh_token,
    expiresAt: Date.now() + data.expires_in * 1000,
    renewable: true,
  };
}

/** Forgets the tokens (sign-out, or a new patient workflow with a new user). */
export function endScanSession(): void {
  generation++;
  setTokens(null);
}

function unwrapOrThrow<T>(
  endpoint: string,
  body:
    | { success: true; data: T }
    | { success: false; validation_errors?: unknown; message?: string | undefined },
): T {
  if (body.success) return body.data;
  // A 2xx answer with `success: false`: the vendor refused the request.
  const fieldErrors = scanValidationErrorsToFieldErrors(
    body.validation_errors as Parameters<typeof scanValidationErrorsToFieldErrors>[0],
  );
  const first = Object.entries(fieldErrors)[0];
  throw new VendorError(
    'scan',
    endpoint,
    422,
    body.message ?? (first ? `${first[0]} ${first[1][0] ?? ''}`.trim() : 'Request refused'),
    fieldErrors,
    body,
  );
}

/**
 * `POST /api/v1/users`: creates the Scan.com user and keeps its tokens here. The Basic client credentials
 * are added by the proxy (live) — the browser never has them. `body` is validated by the caller (./users).
 */
export async function startScanSession(body: unknown, options: CallOptions = {}) {
  const answer = await scanClient.request({
    ...scanEndpoints.createUser.at(),
    json: body,
    schema: scanEnvelopeSchema(scanTokenSchema),
    ...options,
  });
  const data = unwrapOrThrow<ScanTokens>(scanEndpoints.createUser.name, answer);
  generation++;
  setTokens(fromWire(data));
  return { expiresAt: getScanSessionSnapshot().expiresAt as number };
}

/** Whether the vendor may have processed a renewal that failed this way (then its refresh token is used up). */
function mayHaveBeenProcessed(error: unknown): boolean {
  if (error instanceof VendorError) return error.status >= 500;
  // Network error, timeout, an unreadable or malformed answer: the vendor may have renewed.
  return true;
}

const refreshEndpoint = scanEndpoints.refreshToken.name;

async function sendRenewal(current: Tokens, forGeneration: number): Promise<string> {
  try {
    const answer = await scanClient.request({
      ...scanEndpoints.refreshToken.at(),
      json: { refresh_token: current.refreshToken },
      schema: scanEnvelopeSchema(scanTokenSchema),
    });
    const next = fromWire(unwrapOrThrow<ScanTokens>(refreshEndpoint, answer));
    if (forGeneration === generation) setTokens(next);
    return next.accessToken;
  } catch (error) {
    if (forGeneration !== generation) throw error;
    if (error instanceof VendorError && (error.status === 401 || error.status === 403))
      throw endSession('refused', refreshEndpoint, error);
    if (mayHaveBeenProcessed(error)) {
      // Never send this refresh token again; keep the access token while it lasts.
      if (tokens === current) {
        tokens = { ...current, renewable: false };
        publish();
      }
      throw new SessionError('scan', refreshEndpoint, 'lost', error);
    }
    // Refused before processing (429, 408, another 4xx): the same refresh token may be sent later.
    if (renewal?.refreshToken === current.refreshToken) renewal = null;
    throw error;
  }
}

/** The one renewal per refresh token: callers share its promise, pending or settled. */
function renew(): Promise<string> {
  const current = tokens;
  if (!current) return Promise.reject(noSession(refreshEndpoint));
  if (renewal?.refreshToken === current.refreshToken) return renewal.promise;
  if (!current.renewable) return Promise.reject(new SessionError('scan', refreshEndpoint, 'lost'));
  const promise = sendRenewal(current, generation);
  renewal = { refreshToken: current.refreshToken, promise };
  return promise;
}

/** The token of a session that can no longer be renewed, while it lasts; then the session ends. */
function lastToken(endpoint: string, cause?: unknown): string {
  if (tokens && !tokens.renewable && tokens.expiresAt > Date.now()) return tokens.accessToken;
  throw endSession('lost', endpoint, cause);
}

/** Why there is no session: none began, or the last one ended on its own (then say how). */
function noSession(endpoint: string, cause?: unknown): SessionError {
  return new SessionError('scan', endpoint, getScanSessionSnapshot().endedBecause ?? 'missing', cause);
}

/** The access token to send now, renewed first when it is about to expire. */
async function accessToken(endpoint: string): Promise<string> {
  if (!tokens) throw noSession(endpoint);
  if (!tokens.renewable) return lastToken(endpoint);
  if (tokens.expiresAt - Date.now() >= SCAN_REFRESH_MARGIN_MS) return tokens.accessToken;
  try {
    return await renew();
  } catch (error) {
    if (error instanceof SessionError && error.reason === 'lost') return lastToken(endpoint, error);
    throw error;
  }
}

/** After a 401 with `used`: renew, unless another request already did (then use the newer token). */
async function tokenAfterUnauthorized(used: string, endpoint: string, refusal: VendorError): Promise<string> {
  if (!tokens) throw noSession(endpoint, refusal);
  if (tokens.accessToken !== used) return tokens.accessToken;
  // The token that can no longer be renewed was refused: the session is over.
  if (!tokens.renewable) throw endSession('lost', endpoint, refusal);
  try {
    return await renew();
  } catch (error) {
    if (error instanceof SessionError && error.reason === 'lost') throw endSession('lost', endpoint, error);
    throw error;
  }
}

export type ScanRequestOptions<T extends z.ZodType> = Omit<JsonRequest<z.ZodType>, 'schema' | 'headers'> & {
  /** The schema of the envelope's `data`. */
  data: T;
};

/**
 * Sends an authenticated Scan.com request, parses the `{ success, validation_errors, data }` envelope and
 * returns `data`. On a 401 it renews the tokens (once per refresh token) and sends the request once more.
 */
export async function scanRequest<T extends z.ZodType>(options: ScanRequestOptions<T>): Promise<z.output<T>> {
  const { data, ...rest } = options;
  const schema = scanEnvelopeSchema(data);
  const endpoint = rest.endpoint ?? `${rest.method ?? 'GET'} ${rest.path}`;
  const send = async (token: string) => {
    const answer = await scanClient.request({
      ...rest,
      schema,
      headers: { Authorization: `Bearer ${token}` },
    });
    return unwrapOrThrow<z.output<T>>(endpoint, answer as Parameters<typeof unwrapOrThrow<z.output<T>>>[1]);
  };
  const token = await accessToken(endpoint);
  try {
    return await send(token);
  } catch (error) {
    if (!(error instanceof VendorError) || error.status !== 401) throw error;
    const fresh = await tokenAfterUnauthorized(token, endpoint, error);
    return send(fresh);
  }
}
