import { z } from 'zod';
import { ContractError, InputError, TimeoutError } from '../errors';
import type { CallOptions } from '../http';
import { toContractIssues } from '../zod-issues';
import { postDicomIdSchema, postDicomSuccessSchema } from './common';
import { toPostDicomVendorError } from './errors';
import type { PostDicomCallback, PostDicomCloudApi, PostDicomMethod } from './library';
import { loadPostDicomLibrary, resetPostDicomLibrary } from './loader';

/**
 * The PostDICOM client: PostDICOM is a browser library, not an HTTP API, so this is the typed wrapper around
 * it. It turns each callback-style method into a promise with typed errors (`callPostDicomLibrary`,
 * `callPostDicomLibraryStream`), opens the session (`Initialize`, once, before any other method) and runs a method in
 * it (`runPostDicom`, `runUpload`). The library itself is loaded by ./loader.ts. `CallOptions.timeoutMs` is
 * how long to wait for the callback (for uploads: between two progress events).
 */

export const POSTDICOM_CALL_TIMEOUT_MS = 30_000;
export const POSTDICOM_UPLOAD_IDLE_TIMEOUT_MS = 120_000;

const timeouts = { call: POSTDICOM_CALL_TIMEOUT_MS, uploadIdle: POSTDICOM_UPLOAD_IDLE_TIMEOUT_MS };

/** Default time limits of every call (tests shorten them). */
export function configurePostDicomTimeouts(patch: Partial<typeof timeouts>): void {
  Object.assign(timeouts, patch);
}

function isFailure(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { Success?: unknown }).Success === false;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export interface PostDicomLibraryCall<S extends z.ZodType> {
  method: PostDicomMethod;
  /** Calls the library method, passing `callback` where the method takes it. */
  invoke: (api: PostDicomCloudApi, callback: PostDicomCallback) => void;
  schema: S;
}

/**
 * Turns one callback-style library call into a promise:
 * `{ Success: false, Message }` → VendorError; a result failing `schema` → ContractError (method + field path);
 * no callback within the time limit → TimeoutError. Late or repeated callbacks are ignored.
 */
export function callPostDicomLibrary<S extends z.ZodType>(
  api: PostDicomCloudApi,
  call: PostDicomLibraryCall<S>,
  options: CallOptions = {},
): Promise<z.output<S>> {
  const timeoutMs = options.timeoutMs ?? timeouts.call;
  return new Promise<z.output<S>>((resolve, reject) => {
    let settled = false;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      action();
    };
    const onAbort = () => finish(() => reject(abortError(options.signal as AbortSignal)));
    const timer = setTimeout(
      () => finish(() => reject(new TimeoutError('postdicom', call.method, timeoutMs))),
      timeoutMs,
    );
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    const callback: PostDicomCallback = (result) =>
      finish(() => {
        if (isFailure(result)) return reject(toPostDicomVendorError(call.method, result));
        const parsed = call.schema.safeParse(result);
        if (!parsed.success)
          return reject(new ContractError('postdicom', call.method, toContractIssues(parsed.error)));
        resolve(parsed.data);
      });
    try {
      call.invoke(api, callback);
    } catch (error) {
      if (error instanceof InputError) return finish(() => reject(error));
      // The library threw instead of calling back (e.g. it refused an argument).
      finish(() =>
        reject(
          toPostDicomVendorError(call.method, {
            Success: false,
            Message: error instanceof Error ? error.message : String(error),
          }),
        ),
      );
    }
  });
}

export interface PostDicomStreamCall<E extends z.ZodType, D extends z.ZodType> {
  method: PostDicomMethod;
  invoke: (api: PostDicomCloudApi, callback: PostDicomCallback) => void;
  /** An intermediate event (e.g. progress). */
  eventSchema: E;
  /** The final result; checked first. */
  doneSchema: D;
}

/**
 * A call whose callback fires many times (uploads): each event parsed with `eventSchema` goes to `onEvent`,
 * the one parsed with `doneSchema` resolves. The time limit restarts at each event (an idle timeout).
 */
export function callPostDicomLibraryStream<E extends z.ZodType, D extends z.ZodType>(
  api: PostDicomCloudApi,
  call: PostDicomStreamCall<E, D>,
  onEvent: (event: z.output<E>) => void,
  options: CallOptions = {},
): Promise<z.output<D>> {
  const timeoutMs = options.timeoutMs ?? timeouts.uploadIdle;
  return new Promise<z.output<D>>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (action: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      action();
    };
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(
        () => finish(() => reject(new TimeoutError('postdicom', call.method, timeoutMs))),
        timeoutMs,
      );
    };
    const onAbort = () => finish(() => reject(abortError(options.signal as AbortSignal)));
    arm();
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    const callback: PostDicomCallback = (result) => {
      if (settled) return;
      if (isFailure(result)) return finish(() => reject(toPostDicomVendorError(call.method, result)));
      const done = call.doneSchema.safeParse(result);
      if (done.success) return finish(() => resolve(done.data));
      const event = call.eventSchema.safeParse(result);
      if (!event.success) {
        // Report the closer of the two shapes (the fewer issues).
        const error = done.error.issues.length <= event.error.issues.length ? done.error : event.error;
        return finish(() => reject(new ContractError('postdicom', call.method, toContractIssues(error))));
      }
      arm();
      onEvent(event.data);
    };
    try {
      call.invoke(api, callback);
    } catch (error) {
      if (error instanceof InputError) return finish(() => reject(error));
      finish(() =>
        reject(
          toPostDicomVendorError(call.method, {
            Success: false,
            Message: error instanceof Error ? error.message : String(error),
          }),
        ),
      );
    }
  });
}

// ---- Session ----------------------------------------------------------------------------------------

/** `Initialize` calls back with `{ Success, Message, Account }`: the account, its users and its institutions. */
export const postDicomUserSchema = z.object({
  UserUuid: postDicomIdSchema,
  UserName: z.string(),
  FirstName: z.string().optional(),
  LastName: z.string().optional(),
  Email: z.string().optional(),
});
export const postDicomInstitutionSchema = z.object({
  InstitutionUuid: postDicomIdSchema,
  InstitutionName: z.string(),
});
export const postDicomAccountSchema = z.object({
  AccountUuid: postDicomIdSchema.optional(),
  AccountName: z.string().optional(),
  UserList: z.array(postDicomUserSchema),
  InstitutionList: z.array(postDicomInstitutionSchema),
});
export const postDicomInitializeResultSchema = postDicomSuccessSchema.extend({
  Account: postDicomAccountSchema,
});

export type PostDicomUser = z.infer<typeof postDicomUserSchema>;
export type PostDicomInstitution = z.infer<typeof postDicomInstitutionSchema>;
export type PostDicomAccount = z.infer<typeof postDicomAccountSchema>;

interface Session {
  api: PostDicomCloudApi;
  account: PostDicomAccount;
}

let session: Promise<Session> | null = null;

async function open(options: CallOptions): Promise<Session> {
  const api = await loadPostDicomLibrary();
  const result = await callPostDicomLibrary(
    api,
    {
      method: 'Initialize',
      invoke: (lib, callback) => lib.Initialize(callback),
      schema: postDicomInitializeResultSchema,
    },
    options,
  );
  return { api, account: result.Account };
}

/**
 * Loads the library (first use only) and calls `Initialize` once; every other method waits for it, as the
 * vendor says to initializePostDicom first. `force` calls `Initialize` again (e.g. to refresh the user list).
 * A failure is not cached: the next call tries again.
 *
 * The session is shared, so no caller's signal reaches it: a page that stops waiting (react-query aborts
 * the queries of a page that is left) stops only its own wait, and the next page's calls, which wait for
 * the same `Initialize`, still get the session. The time limit (`timeoutMs`) still applies to it.
 */
export function openPostDicomSession(options: CallOptions & { force?: boolean } = {}): Promise<Session> {
  if (!session || options.force) {
    const opening = open(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
    session = opening;
    opening.catch(() => {
      if (session === opening) session = null;
    });
  }
  return untilAborted(session, options.signal);
}

/** `promise`, or the abort reason as soon as `signal` aborts (the work behind `promise` goes on). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(abortError(signal));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** The initialized library object. */
export async function getPostDicomApi(options: CallOptions = {}): Promise<PostDicomCloudApi> {
  return (await openPostDicomSession(options)).api;
}

/** Forgets the session and the library object (tests; after the keys were rotated). */
export function resetPostDicomSession(): void {
  session = null;
  resetPostDicomLibrary();
}

/** Opens the session if needed, then calls one library method (see `callPostDicomLibrary` for the error mapping). */
export async function runPostDicom<S extends z.ZodType>(
  call: PostDicomLibraryCall<S>,
  options: CallOptions = {},
): Promise<z.output<S>> {
  const api = await getPostDicomApi(options);
  return callPostDicomLibrary(api, call, options);
}

// ---- Uploads ----------------------------------------------------------------------------------------

/** The states the runPostDicomUpload callback reports, in this order. */
export const POSTDICOM_UPLOAD_STATES = ['Reading', 'Sending', 'File Upload Completed'] as const;
export type PostDicomUploadState = (typeof POSTDICOM_UPLOAD_STATES)[number];
export interface PostDicomUploadProgress {
  state: PostDicomUploadState;
  /** 0–100. */
  progress: number;
}

const progressValue = z.number().min(0).max(100);
export const postDicomUploadProgressEventSchema = z
  .object({ State: z.enum(['Reading', 'Sending']), Progress: progressValue })
  .transform((event): PostDicomUploadProgress => ({ state: event.State, progress: event.Progress }));
export const postDicomUploadCompletedSchema = z
  .object({
    State: z.literal('File Upload Completed'),
    Progress: progressValue,
    Success: z.literal(true).optional(),
  })
  .transform((event): PostDicomUploadProgress => ({ state: event.State, progress: event.Progress }));

/** The options of an runPostDicomUpload: a call's, plus its progress. */
export interface PostDicomUploadOptions extends CallOptions {
  /** Each `{ state, progress }` event, completion included, in the order the library reports them. */
  onProgress?: (event: PostDicomUploadProgress) => void;
}

/** Runs one runPostDicomUpload in the session: progress events to `onProgress`, resolves with the completion event. */
export async function runPostDicomUpload(
  method: PostDicomMethod,
  invoke: (api: PostDicomCloudApi, callback: (result: unknown) => void) => void,
  options: PostDicomUploadOptions,
): Promise<PostDicomUploadProgress> {
  const api = await getPostDicomApi(options);
  const done = await callPostDicomLibraryStream(
    api,
    {
      method,
      invoke,
      eventSchema: postDicomUploadProgressEventSchema,
      doneSchema: postDicomUploadCompletedSchema,
    },
    (event) => options.onProgress?.(event),
    options,
  );
  options.onProgress?.(done);
  return done;
}
