import { z } from 'zod';
import { NetworkError, VendorError } from '../errors';
import { parseInput } from '../zod-issues';
import type { PostDicomMethod } from './library';

/**
 * The library reports failures as `{ Success: false, Message }` in its callback, with no HTTP status.
 * They become `VendorError`s with this status (0: "no HTTP status"), `endpoint` = the method name and
 * `vendorMessage` = `Message`. Status 0 is not transient, so queries do not retry them.
 */
export const POSTDICOM_ERROR_STATUS = 0;

export const postDicomFailureSchema = z.object({
  Success: z.literal(false),
  Message: z.string().optional(),
});

export function toPostDicomVendorError(method: PostDicomMethod | string, body: unknown): VendorError {
  const parsed = postDicomFailureSchema.safeParse(body);
  const message = (parsed.success ? parsed.data.Message : undefined) || `${method} failed.`;
  return new VendorError('postdicom', method, POSTDICOM_ERROR_STATUS, message, {}, body);
}

/** The `code` of PostDICOM's InputErrors: why the adapter refused the input before calling the library. */
export type PostDicomInputCode =
  | 'invalid-input'
  | 'unsupported-document-type'
  | 'document-too-large'
  | 'expired-date';

/**
 * Parses an adapter input with zod, or throws the service layer's `InputError` (nothing is sent), with
 * `code` set by the first issue that names one (`expired-date`), else `invalid-input`.
 */
export function parsePostDicomInput<S extends z.ZodType>(
  method: PostDicomMethod,
  schema: S,
  input: unknown,
): z.output<S> {
  return parseInput('postdicom', method, schema, input, {
    code: 'invalid-input' satisfies PostDicomInputCode,
  });
}

export type PostDicomLoadFailure = 'script-error' | 'global-missing' | 'config-invalid';

/** The vendor's script could not be loaded (blocked, 404, offline) or did not define its global. */
export class PostDicomLibraryLoadError extends NetworkError {
  constructor(
    readonly reason: PostDicomLoadFailure,
    readonly libraryUrl: string,
    cause?: unknown,
  ) {
    super('postdicom', 'loadLibrary', cause);
    this.name = 'PostDicomLibraryLoadError';
    this.message =
      reason === 'script-error'
        ? `The PostDICOM library could not be loaded from ${libraryUrl}.`
        : reason === 'global-missing'
          ? `The script at ${libraryUrl} did not define postDicomCloudApi.`
          : 'The PostDICOM configuration has no usable library URL.';
  }
}
