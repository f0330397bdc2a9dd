import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { type UploadOptions, type UploadProgress, upload } from './dicom-files';
import { PostDicomInputError, parseInput } from './errors';
import { postDicomRoots } from './keys';
import { idSchema } from './schemas';

/**
 * Method group "clinical documents": UploadDocumentFiles. Only PDF, JPEG, JPG, PNG, BMP and MP4 files
 * (the vendor's rule); other files are refused before calling, with a PostDicomInputError.
 */
export const DOCUMENT_EXTENSIONS = ['pdf', 'jpeg', 'jpg', 'png', 'bmp', 'mp4'] as const;
export type DocumentExtension = (typeof DOCUMENT_EXTENSIONS)[number];

/** MIME types browsers give those extensions (an empty type is accepted: some systems set none). */
export const DOCUMENT_MIME_TYPES: Record<DocumentExtension, readonly string[]> = {
  pdf: ['application/pdf'],
  jpeg: ['image/jpeg', 'image/pjpeg'],
  jpg: ['image/jpeg', 'image/pjpeg'],
  png: ['image/png'],
  bmp: ['image/bmp', 'image/x-ms-bmp', 'image/x-bmp'],
  mp4: ['video/mp4'],
};

/**
 * Largest document accepted per file. UNCONFIRMED: the vendor's page gives no limit; 100 MB is our
 * assumption (the simulation enforces the same). Change it here when the vendor confirms one.
 */
export const MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

export function documentExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Why a file cannot be sent as a clinical document, or null when it can. */
export function documentFileProblem(
  file: File,
): { code: 'unsupported-document-type' | 'document-too-large'; message: string } | null {
  const extension = documentExtension(file.name);
  if (!(DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
    return {
      code: 'unsupported-document-type',
      message: `"${file.name}" is not a PDF, JPEG, JPG, PNG, BMP or MP4 file.`,
    };
  }
  const type = file.type.toLowerCase();
  if (type && !DOCUMENT_MIME_TYPES[extension as DocumentExtension].includes(type)) {
    return {
      code: 'unsupported-document-type',
      message: `"${file.name}" is of type ${file.type}, not .${extension}.`,
    };
  }
  if (file.size === 0) return { code: 'document-too-large', message: `"${file.name}" is empty.` };
  if (file.size > MAX_DOCUMENT_BYTES) {
    return {
      code: 'document-too-large',
      message: `"${file.name}" is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`,
    };
  }
  return null;
}

const documentFileSchema = z.custom<File>(
  (value) => typeof File !== 'undefined' && value instanceof File,
  'Not a file.',
);

export const uploadDocumentFilesInputSchema = z.object({
  userUuid: idSchema,
  institutionUuid: idSchema,
  patientOrderUuid: idSchema,
  files: z.array(documentFileSchema).min(1, 'Select at least one file.'),
});
export type UploadDocumentFilesInput = z.input<typeof uploadDocumentFilesInputSchema>;

/** `UploadDocumentFiles(userUuid, institutionUuid, patientOrderUuid, selectedFiles, callback)`. */
export async function uploadDocumentFiles(
  input: UploadDocumentFilesInput,
  options: UploadOptions = {},
): Promise<UploadProgress> {
  const v = parseInput('UploadDocumentFiles', uploadDocumentFilesInputSchema, input);
  const problems = v.files
    .map((file, index) => ({ index, problem: documentFileProblem(file) }))
    .filter((entry) => entry.problem !== null);
  const first = problems[0]?.problem;
  if (first) {
    throw new PostDicomInputError(
      'UploadDocumentFiles',
      first.code,
      problems.map(({ index, problem }) => ({ path: `files[${index}]`, message: problem?.message ?? '' })),
    );
  }
  return upload(
    'UploadDocumentFiles',
    (api, cb) => api.UploadDocumentFiles(v.userUuid, v.institutionUuid, v.patientOrderUuid, v.files, cb),
    options,
  );
}

/** Upload mutation with the last progress event; invalidates the orders (document counts, properties). */
export function useUploadDocumentFiles() {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (input: UploadDocumentFilesInput) => {
      setProgress(null);
      return uploadDocumentFiles(input, { onProgress: setProgress });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: postDicomRoots.orders }),
  });
  return { ...mutation, progress };
}
