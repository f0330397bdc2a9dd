import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { SCAN_MAX_DOCUMENT_BYTES, scanEndpoints, scanPaths } from './paths';
import { additionalDocumentSchema, scanReferralKeys } from './referrals';
import { scanRequest } from './session';

/**
 * `POST /api/v1/referrals/{id}/additional_documents` (CONFIRMED): multipart/form-data with one `file`
 * field, any file type, at most 25 MB, one file per request.
 */
export const additionalDocumentFileSchema = z
  .instanceof(Blob, { message: 'Choose a file.' })
  .refine((file) => file.size > 0, { message: 'The file is empty.' })
  .refine((file) => file.size <= SCAN_MAX_DOCUMENT_BYTES, { message: 'The file is larger than 25 MB.' });

export async function uploadScanDocument(
  referralId: number,
  file: Blob,
  options: { fileName?: string; signal?: AbortSignal } = {},
) {
  const checked = additionalDocumentFileSchema.parse(file);
  const form = new FormData();
  const name = options.fileName ?? (checked instanceof File ? checked.name : 'document');
  form.append('file', checked, name);
  return scanRequest({
    method: 'POST',
    path: scanPaths.additionalDocuments(referralId),
    endpoint: scanEndpoints.uploadDocument,
    form,
    data: additionalDocumentSchema,
    timeoutMs: 120_000,
    signal: options.signal,
  });
}

/** One file per call; upload several files one after another. */
export function useUploadScanDocument(referralId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, fileName }: { file: Blob; fileName?: string }) =>
      uploadScanDocument(referralId, file, { fileName }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: scanReferralKeys.detail(referralId) }),
  });
}
