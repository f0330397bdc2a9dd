/**
 * Typed errors of the DICOM library. Each has a `code` and a `messageKey` (`dicom.errors.<code>`, translated in
 * the uploads namespace) so the UI says why in the user's language; `message` (English) and `detail` are for logs.
 */

export type DicomReadErrorCode =
  | 'empty-file'
  | 'read-failed'
  | 'not-dicom'
  | 'unreadable'
  | 'dicomdir'
  | 'missing-identifiers';

const READ_MESSAGES: Record<DicomReadErrorCode, string> = {
  'empty-file': 'the file is empty',
  'read-failed': 'the file could not be read from the disk',
  'not-dicom': 'not a DICOM file',
  unreadable: 'a DICOM file that cannot be read',
  dicomdir: 'a DICOMDIR (the index of a CD), not an image',
  'missing-identifiers': 'a DICOM file without a SOP Instance UID',
};

/** The file could not be read as DICOM, or it is DICOM that cannot be sent (a DICOMDIR…). */
export class DicomReadError extends Error {
  readonly messageKey: `dicom.errors.${DicomReadErrorCode}`;
  constructor(
    readonly fileName: string,
    readonly code: DicomReadErrorCode,
    /** The underlying reason, e.g. dicom-parser's own message. */
    readonly detail = '',
    options?: { cause?: unknown },
  ) {
    super(`${fileName}: ${READ_MESSAGES[code]}${detail ? ` (${detail})` : ''}`, options);
    this.name = 'DicomReadError';
    this.messageKey = `dicom.errors.${code}`;
  }
}

export type DeidentifyErrorCode =
  | 'unreadable'
  | 'unsupported-transfer-syntax'
  | 'unsupported-character-set'
  | 'output-too-large'
  | 'identifier-remains'
  | 'write-failed';

const DEIDENTIFY_MESSAGES: Record<DeidentifyErrorCode, string> = {
  unreadable: 'the file cannot be read for de-identification',
  'unsupported-transfer-syntax': 'its transfer syntax cannot be rewritten safely',
  'unsupported-character-set': 'its text is in a character set that cannot be re-encoded',
  'output-too-large': 'the rewritten file is much larger than the original',
  'identifier-remains': 'an identifying value would remain in the rewritten file',
  'write-failed': 'the rewritten file is not valid DICOM',
};

/** De-identification refused: the file is never sent unaltered. */
export class DeidentifyError extends Error {
  readonly messageKey: `dicom.deidentifyErrors.${DeidentifyErrorCode}`;
  constructor(
    readonly fileName: string,
    readonly code: DeidentifyErrorCode,
    readonly detail = '',
    options?: { cause?: unknown },
  ) {
    super(`${fileName}: ${DEIDENTIFY_MESSAGES[code]}${detail ? ` (${detail})` : ''}`, options);
    this.name = 'DeidentifyError';
    this.messageKey = `dicom.deidentifyErrors.${code}`;
  }
}

/**
 * dicom-parser throws strings, Errors, or `{ exception, dataSet }` (the elements read before the failure):
 * the readable reason of any of them.
 */
export function parserReason(error: unknown): string {
  if (typeof error === 'string') return error;
  if (error instanceof Error) return error.message;
  if (error && typeof error === 'object' && 'exception' in error) {
    return parserReason((error as { exception: unknown }).exception);
  }
  return 'unknown parser error';
}

/** What crosses the worker boundary (Comlink clones plain data only). */
export interface SerializedDicomError {
  kind: 'read' | 'deidentify' | 'other';
  fileName: string;
  code: string;
  detail: string;
  message: string;
}

export function serializeDicomError(error: unknown, fileName: string): SerializedDicomError {
  if (error instanceof DicomReadError || error instanceof DeidentifyError) {
    return {
      kind: error instanceof DicomReadError ? 'read' : 'deidentify',
      fileName: error.fileName,
      code: error.code,
      detail: error.detail,
      message: error.message,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'other', fileName, code: 'unknown', detail: message, message };
}

export function deserializeDicomError(error: SerializedDicomError): Error {
  if (error.kind === 'read')
    return new DicomReadError(error.fileName, error.code as DicomReadErrorCode, error.detail);
  if (error.kind === 'deidentify')
    return new DeidentifyError(error.fileName, error.code as DeidentifyErrorCode, error.detail);
  return new Error(error.message);
}
