import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { z } from 'zod';
import { type CallOptions, callLibraryStream } from './call';
import { PostDicomInputError, parseInput } from './errors';
import { postDicomRoots } from './keys';
import type { PostDicomAnonymizedTag, PostDicomCloudApi, PostDicomMethod } from './library';
import { idSchema, successSchema } from './schemas';
import { getPostDicomApi, runPostDicom } from './session';

/**
 * Method group "DICOM files": ReadDicomFiles and the four DICOM uploads (plain, into a folder, with
 * anonymization, into a folder with anonymization). Only DICOM files can be uploaded (the library refuses others).
 */

// ---- ReadDicomFiles ---------------------------------------------------------------------------------

export const dicomFileSchema = z.object({
  FileName: z.string(),
  SopInstanceUid: z.string(),
  /** Empty when the file carries no transfer syntax (a raw data set): such files cannot be anonymized. */
  TransferSyntaxUid: z.string(),
  Size: z.number().int().nonnegative().optional(),
});
export const dicomSeriesSchema = z.object({
  SeriesInstanceUid: z.string(),
  Modality: z.string(),
  SeriesDescription: z.string().optional(),
  SeriesNumber: z.string().optional(),
  FileList: z.array(dicomFileSchema),
});
export const dicomStudySchema = z.object({
  PatientName: z.string(),
  PatientId: z.string(),
  PatientBirthDate: z.string().optional(),
  PatientSex: z.string().optional(),
  StudyInstanceUid: z.string(),
  StudyDate: z.string().optional(),
  StudyDescription: z.string().optional(),
  AccessionNumber: z.string().optional(),
  SeriesList: z.array(dicomSeriesSchema),
});
export const readDicomFilesResultSchema = successSchema.extend({ StudyList: z.array(dicomStudySchema) });
export type PostDicomStudy = z.infer<typeof dicomStudySchema>;
export type PostDicomSeries = z.infer<typeof dicomSeriesSchema>;
export type PostDicomFile = z.infer<typeof dicomFileSchema>;

const fileSchema = z.custom<File>(
  (value) => typeof File !== 'undefined' && value instanceof File,
  'Not a file.',
);
export const filesSchema = z.array(fileSchema).min(1, 'Select at least one file.');

export const readDicomFilesInputSchema = z.object({ files: filesSchema });
export type ReadDicomFilesInput = z.input<typeof readDicomFilesInputSchema>;

/** `ReadDicomFiles(selectedFiles, callback)`: patient / study / series / file information of local files. */
export async function readDicomFiles(
  input: ReadDicomFilesInput,
  options: CallOptions = {},
): Promise<PostDicomStudy[]> {
  const { files } = parseInput('ReadDicomFiles', readDicomFilesInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'ReadDicomFiles',
      invoke: (api, callback) => api.ReadDicomFiles(files, callback),
      schema: readDicomFilesResultSchema,
    },
    options,
  );
  return result.StudyList;
}

// ---- Uploads ----------------------------------------------------------------------------------------

/** The states the upload callback reports, in this order. */
export const UPLOAD_STATES = ['Reading', 'Sending', 'File Upload Completed'] as const;
export type UploadState = (typeof UPLOAD_STATES)[number];
export interface UploadProgress {
  state: UploadState;
  /** 0–100. */
  progress: number;
}

const progressValue = z.number().min(0).max(100);
export const uploadProgressEventSchema = z
  .object({ State: z.enum(['Reading', 'Sending']), Progress: progressValue })
  .transform((event): UploadProgress => ({ state: event.State, progress: event.Progress }));
export const uploadCompletedSchema = z
  .object({
    State: z.literal('File Upload Completed'),
    Progress: progressValue,
    Success: z.literal(true).optional(),
  })
  .transform((event): UploadProgress => ({ state: event.State, progress: event.Progress }));

export interface UploadOptions extends CallOptions {
  /** Each `{ state, progress }` event, completion included, in the order the library reports them. */
  onProgress?: (event: UploadProgress) => void;
}

/** Tags anonymization can set. The library's `DicomTagsEnum` gives the value of each (checked at call time). */
export const ANONYMIZABLE_TAGS = [
  'PatientName',
  'PatientId',
  'PatientBirthDate',
  'PatientSex',
  'OtherPatientIds',
  'AccessionNumber',
  'InstitutionName',
  'ReferringPhysicianName',
  'StudyDescription',
] as const;
export const anonymizedTagSchema = z.object({ tag: z.enum(ANONYMIZABLE_TAGS), value: z.string() });
export type AnonymizedTag = z.infer<typeof anonymizedTagSchema>;

const uploadBase = z.object({ userUuid: idSchema, institutionUuid: idSchema, files: filesSchema });
export const uploadDicomFilesInputSchema = uploadBase;
export const uploadDicomFilesIntoFolderInputSchema = uploadBase.extend({ folderUuid: idSchema });
export const uploadDicomFilesWithAnonymizationInputSchema = uploadBase.extend({
  anonymizedData: z.array(anonymizedTagSchema).min(1, 'Give at least one tag to anonymize.'),
});
export const uploadDicomFilesIntoFolderWithAnonymizationInputSchema =
  uploadDicomFilesWithAnonymizationInputSchema.extend({ folderUuid: idSchema });

export type UploadDicomFilesInput = z.input<typeof uploadDicomFilesInputSchema>;
export type UploadDicomFilesIntoFolderInput = z.input<typeof uploadDicomFilesIntoFolderInputSchema>;
export type UploadDicomFilesWithAnonymizationInput = z.input<
  typeof uploadDicomFilesWithAnonymizationInputSchema
>;
export type UploadDicomFilesIntoFolderWithAnonymizationInput = z.input<
  typeof uploadDicomFilesIntoFolderWithAnonymizationInputSchema
>;

/** `[{ tag: 'PatientName', value }]` → `[{ Tag: api.DicomTagsEnum.PatientName, Value }]`. */
function toAnonymizedData(
  api: PostDicomCloudApi,
  method: PostDicomMethod,
  tags: AnonymizedTag[],
): PostDicomAnonymizedTag[] {
  return tags.map(({ tag, value }, index) => {
    const Tag = api.DicomTagsEnum?.[tag];
    if (Tag === undefined) {
      throw new PostDicomInputError(method, 'invalid-input', [
        { path: `anonymizedData[${index}].tag`, message: `The library has no DicomTagsEnum.${tag}.` },
      ]);
    }
    return { Tag, Value: value };
  });
}

/** Runs one upload: progress events to `onProgress`, resolves with the completion event. */
export async function upload(
  method: PostDicomMethod,
  invoke: (api: PostDicomCloudApi, callback: (result: unknown) => void) => void,
  options: UploadOptions,
): Promise<UploadProgress> {
  const api = await getPostDicomApi(options);
  const done = await callLibraryStream(
    api,
    { method, invoke, eventSchema: uploadProgressEventSchema, doneSchema: uploadCompletedSchema },
    (event) => options.onProgress?.(event),
    options,
  );
  options.onProgress?.(done);
  return done;
}

/** `UploadDicomFiles(userUuid, institutionUuid, selectedFiles, callback)`. */
export async function uploadDicomFiles(
  input: UploadDicomFilesInput,
  options: UploadOptions = {},
): Promise<UploadProgress> {
  const v = parseInput('UploadDicomFiles', uploadDicomFilesInputSchema, input);
  return upload(
    'UploadDicomFiles',
    (api, cb) => api.UploadDicomFiles(v.userUuid, v.institutionUuid, v.files, cb),
    options,
  );
}

/** `UploadDicomFilesIntoFolder(userUuid, institutionUuid, folderUuid, selectedFiles, callback)`. */
export async function uploadDicomFilesIntoFolder(
  input: UploadDicomFilesIntoFolderInput,
  options: UploadOptions = {},
): Promise<UploadProgress> {
  const v = parseInput('UploadDicomFilesIntoFolder', uploadDicomFilesIntoFolderInputSchema, input);
  return upload(
    'UploadDicomFilesIntoFolder',
    (api, cb) => api.UploadDicomFilesIntoFolder(v.userUuid, v.institutionUuid, v.folderUuid, v.files, cb),
    options,
  );
}

/**
 * `UploadDicomFilesWithAnonymization(userUuid, institutionUuid, selectedFiles, anonymizedData, callback)`.
 * The library refuses files without a transfer syntax (a VendorError).
 */
export async function uploadDicomFilesWithAnonymization(
  input: UploadDicomFilesWithAnonymizationInput,
  options: UploadOptions = {},
): Promise<UploadProgress> {
  const method = 'UploadDicomFilesWithAnonymization';
  const v = parseInput(method, uploadDicomFilesWithAnonymizationInputSchema, input);
  return upload(
    method,
    (api, cb) =>
      api.UploadDicomFilesWithAnonymization(
        v.userUuid,
        v.institutionUuid,
        v.files,
        toAnonymizedData(api, method, v.anonymizedData),
        cb,
      ),
    options,
  );
}

/** `UploadDicomFilesIntoFolderWithAnonymization(userUuid, institutionUuid, folderUuid, selectedFiles, anonymizedData, callback)`. */
export async function uploadDicomFilesIntoFolderWithAnonymization(
  input: UploadDicomFilesIntoFolderWithAnonymizationInput,
  options: UploadOptions = {},
): Promise<UploadProgress> {
  const method = 'UploadDicomFilesIntoFolderWithAnonymization';
  const v = parseInput(method, uploadDicomFilesIntoFolderWithAnonymizationInputSchema, input);
  return upload(
    method,
    (api, cb) =>
      api.UploadDicomFilesIntoFolderWithAnonymization(
        v.userUuid,
        v.institutionUuid,
        v.folderUuid,
        v.files,
        toAnonymizedData(api, method, v.anonymizedData),
        cb,
      ),
    options,
  );
}

// ---- Hooks ------------------------------------------------------------------------------------------

/** Reading local files is not a server read: a mutation (run on demand), never retried. */
export function useReadDicomFiles() {
  return useMutation({ mutationFn: (input: ReadDicomFilesInput) => readDicomFiles(input) });
}

/** An upload mutation that also exposes the last progress event. Uploads add orders: orders and folders are invalidated. */
function useUpload<I>(fn: (input: I, options: UploadOptions) => Promise<UploadProgress>) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const mutation = useMutation({
    mutationFn: (input: I) => {
      setProgress(null);
      return fn(input, { onProgress: setProgress });
    },
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: postDicomRoots.orders }),
        queryClient.invalidateQueries({ queryKey: postDicomRoots.folders }),
      ]);
    },
  });
  return { ...mutation, progress };
}

export const useUploadDicomFiles = () => useUpload(uploadDicomFiles);
export const useUploadDicomFilesIntoFolder = () => useUpload(uploadDicomFilesIntoFolder);
export const useUploadDicomFilesWithAnonymization = () => useUpload(uploadDicomFilesWithAnonymization);
export const useUploadDicomFilesIntoFolderWithAnonymization = () =>
  useUpload(uploadDicomFilesIntoFolderWithAnonymization);
