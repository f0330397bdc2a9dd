/**
 * Typed errors of the service layer. Every failure a vendor call can have is one of these,
 * so the UI can tell the user what happened and whether trying again can help.
 */

/** The one list of vendors: `VendorId`, the fault panel and the fault matcher derive from it. */
export const vendorIds = ['eden', 'solo', 'scan', 'impilo', 'postdicom'] as const;
export type VendorId = (typeof vendorIds)[number];

export const vendorNames: Record<VendorId, string> = {
  eden: 'Eden',
  solo: 'Teladoc Health Solo',
  scan: 'Scan.com',
  impilo: 'Impilo',
  postdicom: 'PostDICOM',
};

/** Field path → messages, in the vendor's (wire) field names. */
export type FieldErrors = Record<string, string[]>;

export abstract class ApiError extends Error {
  abstract readonly kind: 'input' | 'vendor' | 'contract' | 'network' | 'timeout' | 'session';
  constructor(
    readonly vendor: VendorId,
    /** e.g. `POST /orders/` */
    readonly endpoint: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * One problem with what the console was about to send: where it is and what to say about it.
 * `message` is a translation key (`validation.*`), never text; `params` fill its placeholders.
 */
export interface InputIssue {
  /** Dotted path in the input that was given to the service function, e.g. `name[0].family`; '' for the whole input. */
  path: string;
  message: `validation.${string}`;
  params?: Record<string, string | number>;
}

/**
 * The service layer refused the input before anything was sent (a required field missing, a value out of
 * range, a file of a type the vendor does not take…). Every vendor module raises this, and only this, for
 * bad input: a raw ZodError never leaves `src/api`. Nothing reached the vendor, so retrying the same
 * input cannot help.
 */
export class InputError extends ApiError {
  readonly kind = 'input' as const;
  constructor(
    vendor: VendorId,
    endpoint: string,
    readonly issues: InputIssue[],
    /**
     * A machine-readable reason, when the vendor module names one (PostDICOM: `invalid-input`,
     * `unsupported-document-type`, `document-too-large`, `expired-date`).
     */
    readonly code?: string,
  ) {
    const first = issues[0];
    super(
      vendor,
      endpoint,
      `Input refused for ${vendorNames[vendor]} ${endpoint}: ${first?.path || '(input)'}: ${first?.message ?? 'validation.invalid'}`,
    );
  }

  /** The issues of one field (Medplum's `getErrorsForInput`): `path` itself and everything under it. */
  issuesAt(path: string): InputIssue[] {
    return this.issues.filter(
      (issue) =>
        issue.path === path || issue.path.startsWith(`${path}.`) || issue.path.startsWith(`${path}[`),
    );
  }
}

/** The vendor answered with an error status. */
export class VendorError extends ApiError {
  readonly kind = 'vendor' as const;
  constructor(
    vendor: VendorId,
    endpoint: string,
    readonly status: number,
    /** The vendor's own message, as it sent it. */
    readonly vendorMessage: string,
    readonly fieldErrors: FieldErrors = {},
    readonly body: unknown = undefined,
    /** From `Retry-After`, when the vendor sent one. */
    readonly retryAfterSeconds: number | undefined = undefined,
  ) {
    super(vendor, endpoint, `${vendorNames[vendor]} ${endpoint} failed with ${status}: ${vendorMessage}`);
  }
}

export interface ContractIssue {
  /** Dotted path of the failing field, e.g. `results[3].status`; empty for the whole body. */
  path: string;
  message: string;
}

/** The vendor answered, but not with what its contract promises (wrong shape, malformed JSON…). */
export class ContractError extends ApiError {
  readonly kind = 'contract' as const;
  constructor(
    vendor: VendorId,
    endpoint: string,
    readonly issues: ContractIssue[],
  ) {
    const first = issues[0];
    const where = first?.path ? `field "${first.path}"` : 'response body';
    super(
      vendor,
      endpoint,
      `Unexpected response from ${vendorNames[vendor]} ${endpoint}: ${where}: ${first?.message ?? 'invalid'}`,
    );
  }
  get fieldPath(): string {
    return this.issues[0]?.path ?? '';
  }
}

/** The request never got an answer: offline, DNS, connection reset, CORS… */
export class NetworkError extends ApiError {
  readonly kind = 'network' as const;
  constructor(vendor: VendorId, endpoint: string, cause?: unknown) {
    super(vendor, endpoint, `Could not reach ${vendorNames[vendor]} (${endpoint}).`);
    this.cause = cause;
  }
}

/** No answer within the time limit; the request was aborted. */
export class TimeoutError extends ApiError {
  readonly kind = 'timeout' as const;
  constructor(
    vendor: VendorId,
    endpoint: string,
    readonly timeoutMs: number,
  ) {
    super(
      vendor,
      endpoint,
      `${vendorNames[vendor]} did not answer ${endpoint} within ${timeoutMs / 1000} s.`,
    );
  }
}

/**
 * Why a vendor session is gone: `missing` (no user in this tab yet), `lost` (the answer to a renewal was lost:
 * the vendor has used up the renewal, so it is never sent again, and the session ends when its access token
 * does), `refused` (the vendor refused the renewal).
 */
export type SessionEndReason = 'missing' | 'lost' | 'refused';

/**
 * The user's session with a vendor that signs users in (Scan.com keeps its tokens in this tab's memory) is
 * gone, or was never started. Nothing was sent. Retrying cannot help: a new session has to be started.
 * `messageKey` (`errors.session*`) says so plainly, with `{ vendor }`.
 */
export class SessionError extends ApiError {
  readonly kind = 'session' as const;
  constructor(
    vendor: VendorId,
    endpoint: string,
    readonly reason: SessionEndReason,
    cause?: unknown,
  ) {
    super(
      vendor,
      endpoint,
      reason === 'missing'
        ? `No ${vendorNames[vendor]} session: start one first (${endpoint}).`
        : reason === 'lost'
          ? `The ${vendorNames[vendor]} session was lost: the answer to its renewal never arrived (${endpoint}).`
          : `${vendorNames[vendor]} refused to renew the session (${endpoint}).`,
    );
    this.cause = cause;
  }

  get messageKey(): 'errors.sessionMissing' | 'errors.sessionLost' | 'errors.sessionRefused' {
    return this.reason === 'missing'
      ? 'errors.sessionMissing'
      : this.reason === 'lost'
        ? 'errors.sessionLost'
        : 'errors.sessionRefused';
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** Whether repeating the same request later could succeed. Contract and 4xx errors will not fix themselves. */
export function isTransient(error: unknown): boolean {
  if (error instanceof InputError) return false;
  if (error instanceof NetworkError || error instanceof TimeoutError) return true;
  if (error instanceof VendorError)
    return error.status >= 500 || error.status === 429 || error.status === 408;
  return false;
}
