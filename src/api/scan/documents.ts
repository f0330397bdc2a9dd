import { z } from 'zod';
import type { CallOptions } from '../http';
import { parseInput } from '../zod-issues';
import { scanRequest } from './client';
import { scanEndpoints } from './endpoints';
import { scanAdditionalDocumentSchema } from './referrals';

/** CONFIRMED: at most 25 MB per additional document (25 × 1024 × 1024 bytes ASSUMED, not 25 × 10^6). */
export const SCAN_MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

/**
 * `POST /api/v1/referrals/{id}/additional_documents` (CONFIRMED): multipart/form-data with one `file`
 * field, any file type, at most 25 MB, one file per request.
 */
export const scanAdditionalDocumentFileSchema = z
  // `Blob` is looked up at each call, not when the module loads (tests replace jsdom's Blob with Node's).
  .custom<Blob>((value) => value instanceof Blob, { message: 'validation.fileRequired' })
  .refine((file) => file.size > 0, { message: 'validation.fileEmpty' })
  .refine((file) => file.size <= SCAN_MAX_DOCUMENT_BYTES, {
    message: 'validation.fileTooLarge',
    params: { megabytes: SCAN_MAX_DOCUMENT_BYTES / 1024 / 1024 },
  });

export interface ScanUploadOptions extends CallOptions {
  /** Defaults to the File's own name, else "document". */
  fileName?: string;
}

export async function uploadScanDocument(referralId: number, file: Blob, options: ScanUploadOptions = {}) {
  const checked = parseInput(
    'scan',
    scanEndpoints.uploadDocument.name,
    scanAdditionalDocumentFileSchema,
    file,
    {
      at: 'file',
    },
  );
  const form = new FormData();
  const { fileName, ...call } = options;
  const name = fileName ?? (checked instanceof File ? checked.name : 'document');
  form.append('file', checked, name);
  return scanRequest({
    ...scanEndpoints.uploadDocument.at({ referral_id: referralId }),
    form,
    data: scanAdditionalDocumentSchema,
    timeoutMs: 120_000,
    ...call,
  });
}
