import { z } from 'zod';
import { VendorError } from '../errors';
import { type CallOptions, createVendorClient, type JsonRequest } from '../http';
import { scanEndpoints } from './endpoints';
import {
  parseScanError,
  ScanSessionError,
  scanValidationErrorsSchema,
  scanValidationErrorsToFieldErrors,
} from './errors';

/**
 * The Scan.com client. ALL of Scan.com's token handling lives in this module, so that a later gateway can take custody of
 * the tokens in one change (replace `startScanSession`, `refresh` and `scanRequest`'s Authorization header).
 *
 * - The access and refresh tokens are kept in this module's memory only: never in localStorage,
 *   sessionStorage, cookies or the query cache. A page reload means a new user (by design).
 * - The token is refreshed before it expires (less than SCAN_REFRESH_MARGIN_MS left), and on a 401.
 * - A refresh is single-flight: however many requests meet a 401 at once, one refresh call is made and
 *   every request waits for it, then is sent again once with the new token. A request that was refused
 *   with 401 was not processed, so sending it again is safe even for a mutation; it is re-sent once only.
 * - The refresh token is used once (ASSUMED the vendor rotates it; we always keep the latest).
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
}

let tokens: Tokens | null = null;
let refreshInFlight: Promise<string> | null = null;
/** Bumped by every new session or sign-out, so that a late refresh cannot overwrite a newer session. */
let generation = 0;
const listeners = new Set<() => void>();

export interface ScanSessionSnapshot {
  active: boolean;
  /** Epoch ms when the current access token expires; null without a session. */
  expiresAt: number | null;
}

let snapshot: ScanSessionSnapshot = { active: false, expiresAt: null };

function setTokens(next: Tokens | null) {
  tokens = next;
  snapshot = { active: next !== null, expiresAt: next?.expiresAt ?? null };
  for (const listener of listeners) listener();
}

function fromWire(data: ScanTokens): Tokens {
  return {
    accessToken: data.access_token,
    refreshToken: data.refresh_token,
    expiresAt: Date.now() + data.expires_in * 1000,
  };
}

/** For `useSyncExternalStore`: whether a Scan.com user is active, never the tokens themselves. */
export function subscribeScanSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
export function getScanSessionSnapshot(): ScanSessionSnapshot {
  return snapshot;
}

/** Forgets the tokens (sign-out, or a new patient workflow with a new user). */
export function endScanSession(): void {
  generation++;
  refreshInFlight = null;
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
  refreshInFlight = null;
  setTokens(fromWire(data));
  return { expiresAt: snapshot.expiresAt as number };
}

async function callRefresh(current: Tokens, forGeneration: number): Promise<string> {
  try {
    const answer = await scanClient.request({
      ...scanEndpoints.refreshToken.at(),
      json: { refresh_token: current.refreshToken },
      schema: scanEnvelopeSchema(scanTokenSchema),
    });
    const data = unwrapOrThrow<ScanTokens>(scanEndpoints.refreshToken.name, answer);
    const next = fromWire(data);
    if (forGeneration === generation) setTokens(next);
    return next.accessToken;
  } catch (error) {
    // The refresh token itself was refused: this session is over.
    if (
      error instanceof VendorError &&
      (error.status === 401 || error.status === 403) &&
      forGeneration === generation
    )
      setTokens(null);
    throw error;
  }
}

/** Single-flight refresh: every caller during one refresh shares its promise. */
function refresh(): Promise<string> {
  if (refreshInFlight) return refreshInFlight;
  const current = tokens;
  if (!current) return Promise.reject(new ScanSessionError('No Scan.com user: create one first.'));
  const forGeneration = generation;
  const promise = callRefresh(current, forGeneration).finally(() => {
    if (refreshInFlight === promise) refreshInFlight = null;
  });
  refreshInFlight = promise;
  return promise;
}

/** The access token to send now, refreshed first when it is about to expire. */
async function accessToken(): Promise<string> {
  if (refreshInFlight) return refreshInFlight;
  if (!tokens) throw new ScanSessionError('No Scan.com user: create one first.');
  if (tokens.expiresAt - Date.now() < SCAN_REFRESH_MARGIN_MS) return refresh();
  return tokens.accessToken;
}

/** After a 401 with `used`: refresh, unless another request already did (then use the newer token). */
function tokenAfterUnauthorized(used: string): Promise<string> {
  if (refreshInFlight) return refreshInFlight;
  if (tokens && tokens.accessToken !== used) return Promise.resolve(tokens.accessToken);
  return refresh();
}

export type ScanRequestOptions<T extends z.ZodType> = Omit<JsonRequest<z.ZodType>, 'schema' | 'headers'> & {
  /** The schema of the envelope's `data`. */
  data: T;
};

/**
 * Sends an authenticated Scan.com request, parses the `{ success, validation_errors, data }` envelope and
 * returns `data`. On a 401 it refreshes (single-flight) and sends the request once more.
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
  const token = await accessToken();
  try {
    return await send(token);
  } catch (error) {
    if (!(error instanceof VendorError) || error.status !== 401) throw error;
    const fresh = await tokenAfterUnauthorized(token);
    return send(fresh);
  }
}
