import { type $ZodType, type output, safeParse } from 'zod/v4/core';
import {
  ContractError,
  type FieldErrors,
  NetworkError,
  TimeoutError,
  VendorError,
  type VendorId,
} from './errors';
import { toContractIssues } from './zod-issues';

/**
 * The one fetch wrapper. Every vendor module builds its client with `createVendorClient`, which gives:
 * a base path per vendor (`/api/<vendor>`), JSON / multipart / binary bodies, a timeout through
 * AbortController, zod parsing of every response, and typed errors (see ./errors.ts).
 * It never retries: retrying is the query layer's decision (queries may, mutations never do).
 */

export const DEFAULT_TIMEOUT_MS = 20_000;

/** The options every service function takes, in every vendor module. */
export interface CallOptions {
  /** Aborts the call (a superseded search, a page left, the user's Cancel). */
  signal?: AbortSignal;
  /** Overrides the vendor's time limit for this call. */
  timeoutMs?: number;
}

export type QueryValue = string | number | boolean | null | undefined | readonly (string | number)[];

/** How a vendor writes its errors: turns a non-2xx body into a message and field errors. */
export type VendorErrorParser = (
  status: number,
  body: unknown,
) => { message: string; fieldErrors?: FieldErrors };

export interface VendorClientConfig {
  vendor: VendorId;
  parseError: VendorErrorParser;
  timeoutMs?: number;
  /** Extra headers per request (e.g. a Bearer token kept in memory). Never secrets from the bundle. */
  headers?: () => Record<string, string> | Promise<Record<string, string>>;
  /** Overridable for tests; defaults to `/api/<vendor>`. */
  basePath?: string;
}

interface BaseRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The vendor's own path, e.g. `/orders/123/`. */
  path: string;
  /** A stable name for errors and logs; defaults to `METHOD path`. Use the path template (`/orders/{id}/`). */
  endpoint?: string;
  query?: Record<string, QueryValue>;
  /** A JSON body. */
  json?: unknown;
  /** A multipart body. */
  form?: FormData;
  /** A raw binary body (e.g. an upload), sent with `contentType`. */
  binary?: Blob | ArrayBuffer | Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface JsonRequest<S extends $ZodType> extends BaseRequest {
  schema: S;
}

export interface BinaryResponse {
  blob: Blob;
  contentType: string;
  /** From Content-Disposition, when the vendor sent one. */
  fileName: string | undefined;
}

export interface VendorClient {
  readonly vendor: VendorId;
  /** Sends a request and parses the JSON answer with `schema`. An empty body parses as `undefined`. */
  request<S extends $ZodType>(options: JsonRequest<S>): Promise<output<S>>;
  /** Sends a request whose answer is a file (CSV, zip, PDF, image…). */
  requestBinary(options: BaseRequest): Promise<BinaryResponse>;
}

export function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (!query) return '';
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.round((date - Date.now()) / 1000));
}

function fileNameFrom(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim();
}

/** Same-origin path → absolute URL (Node's fetch, used by the tests, needs one). */
function resolveUrl(path: string): string {
  return new URL(path, globalThis.location?.href ?? 'http://localhost/').toString();
}

async function readBody(response: Response): Promise<{ text: string; json: unknown; isJson: boolean }> {
  const text = await response.text();
  if (!text.trim()) return { text, json: undefined, isJson: true };
  try {
    return { text, json: JSON.parse(text), isJson: true };
  } catch {
    return { text, json: undefined, isJson: false };
  }
}

export function createVendorClient(config: VendorClientConfig): VendorClient {
  const basePath = config.basePath ?? `/api/${config.vendor}`;

  async function send(options: BaseRequest): Promise<{ response: Response; endpoint: string }> {
    const method = options.method ?? 'GET';
    const endpoint = options.endpoint ?? `${method} ${options.path}`;
    const timeoutMs = options.timeoutMs ?? config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const headers = new Headers({
      Accept: 'application/json',
      ...(await config.headers?.()),
      ...options.headers,
    });

    let body: BodyInit | undefined;
    if (options.json !== undefined) {
      headers.set('Content-Type', 'application/json');
      body = JSON.stringify(options.json);
    } else if (options.form) {
      body = options.form; // the browser sets the multipart boundary
    } else if (options.binary !== undefined) {
      headers.set('Content-Type', options.contentType ?? 'application/octet-stream');
      body =
        options.binary instanceof Uint8Array
          ? new Blob([options.binary as Uint8Array<ArrayBuffer>])
          : options.binary;
    }

    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), timeoutMs);
    const signal = options.signal ? AbortSignal.any([options.signal, timeout.signal]) : timeout.signal;
    try {
      const response = await fetch(resolveUrl(`${basePath}${options.path}${buildQuery(options.query)}`), {
        method,
        headers,
        body,
        signal,
      });
      if (!response.ok) throw await toVendorError(response, endpoint);
      return { response, endpoint };
    } catch (error) {
      if (error instanceof VendorError) throw error;
      if (options.signal?.aborted) throw error; // the caller cancelled: pass the AbortError through
      if (timeout.signal.aborted) throw new TimeoutError(config.vendor, endpoint, timeoutMs);
      throw new NetworkError(config.vendor, endpoint, error);
    } finally {
      clearTimeout(timer);
    }
  }

  async function toVendorError(response: Response, endpoint: string): Promise<VendorError> {
    let parsed: { message: string; fieldErrors?: FieldErrors };
    let body: unknown;
    try {
      const read = await readBody(response);
      body = read.isJson ? read.json : read.text;
      parsed = config.parseError(response.status, body);
    } catch {
      parsed = { message: response.statusText || `HTTP ${response.status}` };
    }
    return new VendorError(
      config.vendor,
      endpoint,
      response.status,
      parsed.message || response.statusText || `HTTP ${response.status}`,
      parsed.fieldErrors ?? {},
      body,
      parseRetryAfter(response.headers.get('Retry-After')),
    );
  }

  return {
    vendor: config.vendor,
    async request(options) {
      const { response, endpoint } = await send(options);
      let read: Awaited<ReturnType<typeof readBody>>;
      try {
        read = await readBody(response);
      } catch (error) {
        throw new NetworkError(config.vendor, endpoint, error);
      }
      if (!read.isJson) {
        throw new ContractError(config.vendor, endpoint, [
          { path: '', message: 'The body is not valid JSON.' },
        ]);
      }
      const result = safeParse(options.schema, read.json);
      if (!result.success) throw new ContractError(config.vendor, endpoint, toContractIssues(result.error));
      return result.data;
    },
    async requestBinary(options) {
      const { response, endpoint } = await send({
        ...options,
        headers: { Accept: '*/*', ...options.headers },
      });
      try {
        const blob = await response.blob();
        return {
          blob,
          contentType: response.headers.get('Content-Type') ?? blob.type,
          fileName: fileNameFrom(response.headers.get('Content-Disposition')),
        };
      } catch (error) {
        throw new NetworkError(config.vendor, endpoint, error);
      }
    },
  };
}
