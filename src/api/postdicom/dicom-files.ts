import { z } from 'zod';
import { InputError } from '../errors';
import type { CallOptions } from '../http';
import {
  type PostDicomUploadOptions,
  type PostDicomUploadProgress,
  runPostDicom,
  runPostDicomUpload,
} from './client';
import { postDicomIdSchema, postDicomSuccessSchema } from './common';
import { type PostDicomInputCode, parsePostDicomInput } from './errors';
import type { PostDicomAnonymizedTag, PostDicomCloudApi, PostDicomMethod } from './library';

/**
 * Method group "DICOM files": ReadDicomFiles and the four DICOM uploads (plain, into a folder, with
 * anonymization, into a folder with anonymization). Only DICOM files can be uploaded (the library refuses others).
 */

// ---- ReadDicomFiles ---------------------------------------------------------------------------------

export const postDicomDicomFileSchema = z.object({
  FileName: z.string(),
  SopInstanceUid: z.string(),
  /** Empty when the file carries no transfer syntax (a raw data set): such files cannot be anonymized. */
  TransferSyntaxUid: z.string(),
  Size: z.number().int().nonnegative().optional(),
});
export const postDicomDicomSeriesSchema = z.object({
  SeriesInstanceUid: z.string(),
  Modality: z.string(),
  SeriesDescription: z.string().optional(),
  SeriesNumber: z.string().optional(),
  FileList: z.array(postDicomDicomFileSchema),
});
export const postDicomDicomStudySchema = z.object({
  PatientName: z.string(),
  PatientId: z.string(),
  PatientBirthDate: z.string().optional(),
  PatientSex: z.string().optional(),
  StudyInstanceUid: z.string(),
  StudyDate: z.string().optional(),
  StudyDescription: z.string().optional(),
  AccessionNumber: z.string().optional(),
  SeriesList: z.array(postDicomDicomSeriesSchema),
});
export const postDicomReadDicomFilesResultSchema = postDicomSuccessSchema.extend({
  StudyList: z.array(postDicomDicomStudySchema),
});
export type PostDicomStudy = z.infer<typeof postDicomDicomStudySchema>;
export type PostDicomSeries = z.infer<typeof postDicomDicomSeriesSchema>;
export type PostDicomFile = z.infer<typeof postDicomDicomFileSchema>;

const fileSchema = z.custom<File>(
  (value) => typeof File !== 'undefined' && value instanceof File,
  'validation.fileRequired',
);
export const postDicomFilesSchema = z.array(fileSchema).min(1);

export const postDicomReadDicomFilesInputSchema = z.object({ files: postDicomFilesSchema });
export type PostDicomReadDicomFilesInput = z.input<typeof postDicomReadDicomFilesInputSchema>;

/** `ReadDicomFiles(selectedFiles, callback)`: patient / study / series / file information of local files. */
export async function readPostDicomDicomFiles(
  input: PostDicomReadDicomFilesInput,
  options: CallOptions = {},
): Promise<PostDicomStudy[]> {
  const { files } = parsePostDicomInput('ReadDicomFiles', postDicomReadDicomFilesInputSchema, input);
  const result = await runPostDicom(
    {
      method: 'ReadDicomFiles',
      invoke: (api, callback) => api.ReadDicomFiles(files, callback),
      schema: postDicomReadDicomFilesResultSchema,
    },
    options,
  );
  return result.StudyList;
}

// ---- Uploads ----------------------------------------------------------------------------------------

/** Tags anonymization can set. The library's `DicomTagsEnum` gives the value of each (checked at call time). */
export const POSTDICOM_ANONYMIZABLE_TAGS = [
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
export const postDicomAnonymizedTagSchema = z.object({
  tag: z.enum(POSTDICOM_ANONYMIZABLE_TAGS),
  value: z.string(),
});
export type PostDicomAnonymizedTagInput = z.infer<typeof postDicomAnonymizedTagSchema>;

const uploadBase = z.object({
  userUuid: postDicomIdSchema,
  institutionUuid: postDicomIdSchema,
  files: postDicomFilesSchema,
});
export const postDicomUploadDicomFilesInputSchema = uploadBase;
export const postDicomUploadDicomFilesIntoFolderInputSchema = uploadBase.extend({
  folderUuid: postDicomIdSchema,
});
export const postDicomUploadDicomFilesWithAnonymizationInputSchema = uploadBase.extend({
  anonymizedData: z.array(postDicomAnonymizedTagSchema).min(1),
});
export const postDicomUploadDicomFilesIntoFolderWithAnonymizationInputSchema =
  postDicomUploadDicomFilesWithAnonymizationInputSchema.extend({ folderUuid: postDicomIdSchema });

export type PostDicomUploadDicomFilesInput = z.input<typeof postDicomUploadDicomFilesInputSchema>;
export type PostDicomUploadDicomFilesIntoFolderInput = z.input<
  typeof postDicomUploadDicomFilesIntoFolderInputSchema
>;
export type PostDicomUploadDicomFilesWithAnonymizationInput = z.input<
  typeof postDicomUploadDicomFilesWithAnonymizationInputSchema
>;
export type PostDicomUploadDicomFilesIntoFolderWithAnonymizationInput = z.input<
  typeof postDicomUploadDicomFilesIntoFolderWithAnonymizationInputSchema
>;

/** `[{ tag: 'PatientName', value }]` → `[{ Tag: api.DicomTagsEnum.PatientName, Value }]`. */
function toAnonymizedData(
  api: PostDicomCloudApi,
  method: PostDicomMethod,
  tags: PostDicomAnonymizedTagInput[],
): PostDicomAnonymizedTag[] {
  return tags.map(({ tag, value }, index) => {
    const Tag = api.DicomTagsEnum?.[tag];
    if (Tag === undefined) {
      // The library in the page does not know this tag: nothing is sent.
      throw new InputError(
        'postdicom',
        method,
        [
          {
            path: `anonymizedData[${index}].tag`,
            message: 'validation.invalidChoice',
            params: { values: Object.keys(api.DicomTagsEnum ?? {}).join(', ') },
          },
        ],
        'invalid-input' satisfies PostDicomInputCode,
      );
    }
    return { Tag, Value: value };
  });
}

/** `UploadDicomFiles(userUuid, institutionUuid, selectedFiles, callback)`. */
export async function uploadPostDicomDicomFiles(
  input: PostDicomUploadDicomFilesInput,
  options: PostDicomUploadOptions = {},
): Promise<PostDicomUploadProgress> {
  const v = parsePostDicomInput('UploadDicomFiles', postDicomUploadDicomFilesInputSchema, input);
  return runPostDicomUpload(
    'UploadDicomFiles',
    (api, cb) => api.UploadDicomFiles(v.userUuid, v.institutionUuid, v.files, cb),
    options,
  );
}

/** `UploadDicomFilesIntoFolder(userUuid, institutionUuid, folderUuid, selectedFiles, callback)`. */
export async function uploadPostDicomDicomFilesIntoFolder(
  input: PostDicomUploadDicomFilesIntoFolderInput,
  options: PostDicomUploadOptions = {},
): Promise<PostDicomUploadProgress> {
  const v = parsePostDicomInput(
    'UploadDicomFilesIntoFolder',
    postDicomUploadDicomFilesIntoFolderInputSchema,
    input,
  );
  return runPostDicomUpload(
    'UploadDicomFilesIntoFolder',
    (api, cb) => api.UploadDicomFilesIntoFolder(v.userUuid, v.institutionUuid, v.folderUuid, v.files, cb),
    options,
  );
}

/**
 * `UploadDicomFilesWithAnonymization(userUuid, institutionUuid, selectedFiles, anonymizedData, callback)`.
 * The library refuses files without a transfer syntax (a VendorError).
 */
export async function uploadPostDicomDicomFilesWithAnonymization(
  input: PostDicomUploadDicomFilesWithAnonymizationInput,
  options: PostDicomUploadOptions = {},
): Promise<PostDicomUploadProgress> {
  const method = 'UploadDicomFilesWithAnonymization';
  const v = parsePostDicomInput(method, postDicomUploadDicomFilesWithAnonymizationInputSchema, input);
  return runPostDicomUpload(
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
export async function uploadPostDicomDicomFilesIntoFolderWithAnonymization(
  input: PostDicomUploadDicomFilesIntoFolderWithAnonymizationInput,
  options: PostDicomUploadOptions = {},
): Promise<PostDicomUploadProgress> {
  const method = 'UploadDicomFilesIntoFolderWithAnonymization';
  const v = parsePostDicomInput(
    method,
    postDicomUploadDicomFilesIntoFolderWithAnonymizationInputSchema,
    input,
  );
  return runPostDicomUpload(
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
