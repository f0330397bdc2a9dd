import { z } from 'zod';
import { InputError, type InputIssue } from '../errors';
import { type PostDicomUploadOptions, type PostDicomUploadProgress, runPostDicomUpload } from './client';
import { postDicomIdSchema } from './common';
import { type PostDicomInputCode, parsePostDicomInput } from './errors';

/**
 * Method group "clinical documents": UploadDocumentFiles. Only PDF, JPEG, JPG, PNG, BMP and MP4 files
 * (the vendor's rule); other files are refused before calling, with an InputError (codes
 * `unsupported-document-type`, `document-too-large`).
 */
export const POSTDICOM_DOCUMENT_EXTENSIONS = ['pdf', 'jpeg', 'jpg', 'png', 'bmp', 'mp4'] as const;
export type PostDicomDocumentExtension = (typeof POSTDICOM_DOCUMENT_EXTENSIONS)[number];

/** MIME types browsers give those extensions (an empty type is accepted: some systems set none). */
export const POSTDICOM_DOCUMENT_MIME_TYPES: Record<PostDicomDocumentExtension, readonly string[]> = {
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
export const POSTDICOM_MAX_DOCUMENT_BYTES = 100 * 1024 * 1024;

export function postDicomDocumentExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** Why a file cannot be sent as a clinical document (its code and message key), or null when it can. */
export function postDicomDocumentFileProblem(
  file: File,
):
  | ({ code: Extract<PostDicomInputCode, 'unsupported-document-type' | 'document-too-large'> } & Omit<
      InputIssue,
      'path'
    >)
  | null {
  const extension = postDicomDocumentExtension(file.name);
  const file_ = { file: file.name };
  if (!(POSTDICOM_DOCUMENT_EXTENSIONS as readonly string[]).includes(extension)) {
    return {
      code: 'unsupported-document-type',
      message: 'validation.fileTypeNotAllowed',
      params: { ...file_, types: 'PDF, JPEG, JPG, PNG, BMP, MP4' },
    };
  }
  const type = file.type.toLowerCase();
  if (type && !POSTDICOM_DOCUMENT_MIME_TYPES[extension as PostDicomDocumentExtension].includes(type)) {
    return {
      code: 'unsupported-document-type',
      message: 'validation.fileTypeMismatch',
      params: { ...file_, declared: file.type, actual: `.${extension}` },
    };
  }
  if (file.size === 0) return { code: 'document-too-large', message: 'validation.fileEmpty', params: file_ };
  if (file.size > POSTDICOM_MAX_DOCUMENT_BYTES) {
    return {
      code: 'document-too-large',
      message: 'validation.fileTooLarge',
      params: { ...file_, megabytes: POSTDICOM_MAX_DOCUMENT_BYTES / 1024 / 1024 },
    };
  }
  return null;
}

const documentFileSchema = z.custom<File>(
  (value) => typeof File !== 'undefined' && value instanceof File,
  'validation.fileRequired',
);

export const postDicomUploadDocumentFilesInputSchema = z.object({
  userUuid: postDicomIdSchema,
  institutionUuid: postDicomIdSchema,
  patientOrderUuid: postDicomIdSchema,
  files: z.array(documentFileSchema).min(1),
});
export type PostDicomUploadDocumentFilesInput = z.input<typeof postDicomUploadDocumentFilesInputSchema>;

/** `UploadDocumentFiles(userUuid, institutionUuid, patientOrderUuid, selectedFiles, callback)`. */
export async function uploadPostDicomDocumentFiles(
  input: PostDicomUploadDocumentFilesInput,
  options: PostDicomUploadOptions = {},
): Promise<PostDicomUploadProgress> {
  const v = parsePostDicomInput('UploadDocumentFiles', postDicomUploadDocumentFilesInputSchema, input);
  const problems = v.files
    .map((file, index) => ({ index, problem: postDicomDocumentFileProblem(file) }))
    .filter((entry) => entry.problem !== null);
  const first = problems[0]?.problem;
  if (first) {
    throw new InputError(
      'postdicom',
      'UploadDocumentFiles',
      problems.map(({ index, problem }) => ({
        path: `files[${index}]`,
        message: problem?.message ?? 'validation.invalid',
        ...(problem?.params ? { params: problem.params } : {}),
      })),
      first.code,
    );
  }
  return runPostDicomUpload(
    'UploadDocumentFiles',
    (api, cb) => api.UploadDocumentFiles(v.userUuid, v.institutionUuid, v.patientOrderUuid, v.files, cb),
    options,
  );
}
