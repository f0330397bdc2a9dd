import type { z } from 'zod';
import { ContractError, TimeoutError } from '../errors';
import { toContractIssues } from '../zod-issues';
import { PostDicomInputError, toPostDicomVendorError } from './errors';
import type { PostDicomCallback, PostDicomCloudApi, PostDicomMethod } from './library';

/** Options every adapter function takes. */
export interface CallOptions {
  /** How long to wait for the callback (for uploads: between two progress events). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export const DEFAULT_CALL_TIMEOUT_MS = 30_000;
export const DEFAULT_UPLOAD_IDLE_TIMEOUT_MS = 120_000;

const timeouts = { call: DEFAULT_CALL_TIMEOUT_MS, uploadIdle: DEFAULT_UPLOAD_IDLE_TIMEOUT_MS };

/** Default time limits of every call (tests shorten them). */
export function configurePostDicomTimeouts(patch: Partial<typeof timeouts>): void {
  Object.assign(timeouts, patch);
}
export function postDicomTimeouts(): Readonly<typeof timeouts> {
  return { ...timeouts };
}

function isFailure(result: unknown): boolean {
  return typeof result === 'object' && result !== null && (result as { Success?: unknown }).Success === false;
}

function abortError(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

export interface LibraryCall<S extends z.ZodType> {
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
export function callLibrary<S extends z.ZodType>(
  api: PostDicomCloudApi,
  call: LibraryCall<S>,
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
      if (error instanceof PostDicomInputError) return finish(() => reject(error));
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

export interface StreamCall<E extends z.ZodType, D extends z.ZodType> {
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
export function callLibraryStream<E extends z.ZodType, D extends z.ZodType>(
  api: PostDicomCloudApi,
  call: StreamCall<E, D>,
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
      if (error instanceof PostDicomInputError) return finish(() => reject(error));
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
