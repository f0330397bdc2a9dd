import { z } from 'zod';
import { type ContractIssue, NetworkError, VendorError } from '../errors';
import { toContractIssues } from '../zod-issues';
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

export type PostDicomInputCode =
  | 'invalid-input'
  | 'unsupported-document-type'
  | 'document-too-large'
  | 'expired-date';

/**
 * The adapter refused the input before calling the library (an invalid field, a document of a type the
 * vendor does not take, an expiry date in the past…). Nothing was sent.
 */
export class PostDicomInputError extends Error {
  readonly kind = 'input' as const;
  readonly vendor = 'postdicom' as const;
  constructor(
    /** The library method that was not called. */
    readonly endpoint: PostDicomMethod,
    readonly code: PostDicomInputCode,
    /** Dotted paths of the adapter's input fields, e.g. `files[2]`, `expireDate`. */
    readonly issues: ContractIssue[],
  ) {
    const first = issues[0];
    super(
      `PostDICOM ${endpoint}: ${first?.path ? `${first.path}: ` : ''}${first?.message ?? 'invalid input'}`,
    );
    this.name = 'PostDicomInputError';
  }
}

/** Parses an adapter input with zod, or throws `PostDicomInputError` (with the code set by the first issue). */
export function parsePostDicomInput<S extends z.ZodType>(
  method: PostDicomMethod,
  schema: S,
  input: unknown,
): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const codes = result.error.issues
    .map((issue) =>
      issue.code === 'custom' ? (issue.params?.code as PostDicomInputCode | undefined) : undefined,
    )
    .filter((code): code is PostDicomInputCode => code !== undefined);
  throw new PostDicomInputError(method, codes[0] ?? 'invalid-input', toContractIssues(result.error));
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
